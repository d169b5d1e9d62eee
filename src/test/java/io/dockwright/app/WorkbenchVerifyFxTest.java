package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import io.dockwright.ui.optimize.VerifyRow;
import io.dockwright.ui.optimize.VerifyViewModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/**
 * Verify on the Optimize page, in the real window with the real engine: the C example's rewrite is built, run and
 * verified; an edit makes the verdict stale; a rewrite broken by hand (its COPY --from lines removed) differs,
 * and choosing a finding selects the original's line that wrote the missing file.
 */
class WorkbenchVerifyFxTest extends WindowFxTest {
    @Test
    void verifyTheCExampleThenBreakTheRewriteAndFollowAFindingToItsLine() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("gcc:12", "debian:bookworm-slim");
            Workbench wb = launch(List.of());
            ExampleCatalog.Example c = new ExampleCatalog(getClass().getClassLoader(), home.resolve("examples")).list()
                    .stream().filter(e -> e.name().equals("c-make")).findFirst().orElseThrow();
            robot.interact(() -> wb.files().openExample(c, "Dockerfile"));
            await("the example's text", () -> onFx(wb.editor()::text).contains("FROM gcc:12"));
            robot.interact(() -> wb.buildViewModel().networkProperty().set("host")); // no bridge network on this engine
            runOptimizer();
            EditorView optimized = wb.optimizeWiring().view().optimizedEditor();
            EditorView original = wb.optimizeWiring().view().originalEditor();
            await("the rewrite", () -> onFx(optimized::text).contains("COPY --from="));
            VerifyViewModel vm = wb.optimizeWiring().verifyViewModel();
            Label status = q.one("#optimize-verify-status");
            assertTrue(onFx(status::getText).startsWith("Unverified: the rewrite has not been built or run"), onFx(status::getText));
            try {
                q.click("#optimize-verify");
                await("a verdict", 600, () -> onFx(() -> !vm.runningProperty().get()));
                assertEquals(Outcome.EQUIVALENT, onFx(vm.outcomeProperty()::get), onFx(status::getText) + rows(vm));
                assertTrue(onFx(status::getText).startsWith("Verified: "), onFx(status::getText));
                ListView<VerifyRow> list = q.one("#optimize-verify-rows");
                assertTrue(onFx(() -> list.getItems().stream().anyMatch(r -> r.text().startsWith("Files the runtime can reach: "))), rows(vm));

                String broken = onFx(optimized::text).lines().filter(l -> !l.startsWith("COPY --from="))
                        .collect(Collectors.joining("\n", "", "\n"));
                robot.interact(() -> wb.optimizeWiring().viewModel().optimizedProperty().set(broken));
                await("the verdict is stale", () -> onFx(status::getText).startsWith("Unverified: the Dockerfile or its rewrite changed"));
                q.click("#optimize-verify");
                await("a verdict", 600, () -> onFx(() -> !vm.runningProperty().get()));
                assertEquals(Outcome.DIFFERS, onFx(vm.outcomeProperty()::get), onFx(status::getText) + rows(vm));
                assertTrue(onFx(status::getText).startsWith("Differs: "), onFx(status::getText));
                VerifyRow missing = onFx(() -> list.getItems().stream()
                        .filter(r -> r.kind() == VerifyRow.Kind.DIFFERENCE && r.originalLine() > 0).findFirst().orElseThrow(
                                () -> new AssertionError("no finding points at a line: " + rows(vm))));
                assertTrue(missing.text().contains("(missing)"), missing.text());
                robot.interact(() -> list.getSelectionModel().select(missing));
                String expected = onFx(original::text).lines().toList().get(missing.originalLine() - 1);
                await("the line that wrote the file selected", () -> onFx(() -> original.area().getSelectedText()).equals(expected));
            } finally {
                engine.removeTags("dockwright-verify:original", "dockwright-verify:optimized");
            }
        }
    }

    private static String rows(VerifyViewModel vm) {
        return onFx(() -> vm.rows().stream().map(r -> r.kind() + " " + r.text() + " | " + r.detail()).collect(Collectors.joining("\n", "\n", "")));
    }
}

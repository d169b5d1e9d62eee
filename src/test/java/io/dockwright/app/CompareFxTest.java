package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.compare.tree.MergedNode;
import io.dockwright.compare.tree.VisibleTree;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.ui.CssWarnings;
import io.dockwright.ui.compare.ComparedImages;
import io.dockwright.ui.compare.CompareView;
import io.dockwright.ui.compare.CompareViewModel;
import io.dockwright.ui.compare.LayerRow;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare page in the real window (headless), against the real engine: optimize the guide's example, Build Both,
 * land on the Compare page; the bars show the engine's own image sizes (inspect) to scale; a layer click moves the
 * caret in the right editor; "only differences" hides a file both images have alike and keeps the paths only one
 * image has (both found by walking the two trees in the test).
 */
class CompareFxTest extends WindowFxTest {
    private final CssWarnings warnings = new CssWarnings();

    @BeforeEach
    void attachWarnings() {
        warnings.attach();
    }

    @AfterEach
    void noCssWarnings() {
        warnings.detach();
        assertEquals(List.of(), warnings.list(), "CSS warnings");
    }

    @Test
    void buildBothLandsOnTheComparePage() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("python:3.7", "python:3.7-slim");
            String originalTag = engine.tag("original");
            String optimizedTag = engine.tag("optimized");
            Workbench wb = launch(List.of());
            ExampleCatalog.Example guide = new ExampleCatalog(getClass().getClassLoader(), home.resolve("examples")).list()
                    .stream().filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
            robot.interact(() -> wb.files().openExample(guide, "Dockerfile"));
            await("the example's text", () -> onFx(wb.editor()::text).contains("FROM python:3.7"));
            robot.interact(() -> {
                wb.buildViewModel().networkProperty().set("host"); // this machine's engine has no bridge network
                wb.buildViewModel().tagPrefixProperty().set(engine.prefix);
            });
            runOptimizer();
            EditorView optimized = wb.optimizeWiring().view().optimizedEditor();
            await("the rewrite", () -> onFx(optimized::text).contains("FROM python:3.7-slim"));
            await("the Build panel made", 30, () -> onFx(() -> wb.buildViewModel().canBuildProperty().get()));
            q.click("#optimize-build");

            CompareViewModel vm = wb.compareWiring().viewModel();
            await("both built, on the Compare page", 600, () -> onFx(() -> "compare-page".equals(wb.window().selectedPage())
                    && vm.buildsProperty().get() != null));
            await("both images read", 300, () -> onFx(() -> vm.phaseProperty().get() == CompareViewModel.Phase.READY));
            WaitForAsyncUtils.waitForFxEvents();
            CompareView view = wb.compareWiring().view();

            // the bars: the engine's own sizes (GET /images/{id}/json), to scale
            long a = engine.engineImageSize(originalTag);
            long b = engine.engineImageSize(optimizedTag);
            assertTrue(b < a, a + " vs " + b);
            assertEquals(ByteUnits.human(a), onFx(() -> q.<Label>one("#compare-size-original").getText()));
            assertEquals(ByteUnits.human(b), onFx(() -> q.<Label>one("#compare-size-optimized").getText()));
            double[] barA = onFx(() -> view.bar("original"));
            double[] barB = onFx(() -> view.bar("optimized"));
            assertEquals(1.0, barA[0], 1e-12);
            assertEquals((double) b / a, barB[0], 1e-12);
            assertEquals(barA[2], barA[1], 1.0, "the original's bar fills its track");
            assertEquals((double) b / a * barB[2], barB[1], 1.5, "the optimized bar to scale");
            String reduction = onFx(() -> q.<Label>one("#compare-reduction").getText());
            assertTrue(reduction.startsWith(String.format(java.util.Locale.ROOT, "−%.1f %%", 100.0 * (a - b) / a)), reduction);

            // a click on the original's RUN layer moves the editor's caret to its line
            int runLine = lineOf(onFx(wb.editor()::text), "RUN pip install");
            clickLayer(view.layerTable("original"), runLine);
            await("the Editor page, caret on the RUN line", () -> onFx(() -> "editor-page".equals(wb.window().selectedPage())
                    && wb.editor().area().getCurrentParagraph() == runLine - 1));

            // and one of the optimized image's layers opens the Optimize page's optimized side at its line
            robot.interact(() -> wb.window().showCompare());
            int copyLine = lineOf(onFx(optimized::text), "COPY --from=builder");
            clickLayer(view.layerTable("optimized"), copyLine);
            await("the Optimize page, its optimized editor's caret on the COPY --from line", () -> onFx(() ->
                    "optimize-page".equals(wb.window().selectedPage()) && optimized.area().getCurrentParagraph() == copyLine - 1));

            // only differences: a file both images have alike goes, the paths only one image has stay
            robot.interact(() -> wb.window().showCompare());
            ComparedImages images = onFx(() -> vm.comparedProperty().get());
            Set<String> inA = paths(images.original().tree().root());
            Set<String> inB = paths(images.optimized().tree().root());
            String onlyInOriginal = inA.stream().filter(p -> !inB.contains(p)).findFirst().orElseThrow();
            assertTrue(shown(vm, "/app/run.py"), "all paths show before the filter");
            robot.clickOn(q.<CheckBox>one("#compare-only-differences"));
            await("the filter applied", 30, () -> onFx(() -> vm.files().visibleProperty().get() != null
                    && vm.files().visibleProperty().get().query().onlyDifferences()));
            assertFalse(shown(vm, "/app/run.py"), "/app/run.py is the same in both images");
            assertTrue(shown(vm, onlyInOriginal), onlyInOriginal + " is only in the original");
            List<String> rows = onFx(() -> topRows(view));
            assertFalse(rows.isEmpty());
            for (String p : rows) assertTrue(shown(vm, p), p);
            assertTrue(onFx(() -> q.<Label>one("#compare-files-status").getText()).contains("only differences"));
        }
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(start)) return i + 1;
        throw new AssertionError("no line starting " + start);
    }

    private void clickLayer(TableView<LayerRow> table, int line) throws Exception {
        int index = onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) if (table.getItems().get(i).line() == line) return i;
            return -1;
        });
        assertTrue(index >= 0, "a layer row for line " + line + ": " + onFx(() -> new ArrayList<>(table.getItems())));
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = onFx(() -> table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow());
        robot.clickOn(row);
    }

    private static Set<String> paths(TreeNode root) {
        Set<String> out = new HashSet<>();
        List<TreeNode> todo = new ArrayList<>(root.children());
        while (!todo.isEmpty()) {
            TreeNode n = todo.remove(todo.size() - 1);
            out.add(n.path());
            todo.addAll(n.children());
        }
        return out;
    }

    /** Whether the path shows in the filtered tree: it and every parent are listed among their parent's shown children. */
    private static boolean shown(CompareViewModel vm, String path) {
        VisibleTree v = onFx(() -> vm.files().visibleProperty().get());
        MergedNode n = v.tree().find(path).orElseThrow();
        for (MergedNode c = n; c.parent() != null; c = c.parent()) if (!v.children(c.parent()).contains(c)) return false;
        return true;
    }

    private static List<String> topRows(CompareView view) {
        List<String> out = new ArrayList<>();
        for (TreeItem<MergedNode> i : view.fileTable().getRoot().getChildren()) out.add(i.getValue().path());
        return out;
    }
}

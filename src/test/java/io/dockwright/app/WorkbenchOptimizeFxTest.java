package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.ui.CssWarnings;
import io.dockwright.ui.FxQuery;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import io.dockwright.ui.optimize.DiffRows;
import io.dockwright.ui.optimize.OptimizeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Optimize page in the real window, headless: optimize the guide's example, reject, edit, export; scroll both
 * sides together. None of it logs a CSS warning.
 */
class WorkbenchOptimizeFxTest extends WindowFxTest {
    @TempDir Path out;
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
    void optimizeRejectEditAndExportTheGuidesExample() throws Exception {
        Workbench wb = launch(List.of());
        ExampleCatalog.Example guide = new ExampleCatalog(getClass().getClassLoader(), home.resolve("examples")).list()
                .stream().filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
        robot.interact(() -> wb.files().openExample(guide, "Dockerfile"));
        await("the example's text", () -> onFx(wb.editor()::text).contains("FROM python:3.7"));

        // the Optimize page, then its Optimize button
        runOptimizer();
        OptimizeViewModel vm = wb.optimizeWiring().viewModel();
        EditorView optimized = wb.optimizeWiring().view().optimizedEditor();
        EditorView original = wb.optimizeWiring().view().originalEditor();
        await("the multi-stage text in the diff", () -> onFx(optimized::text).contains("FROM python:3.7-slim"));
        String text = onFx(optimized::text);
        assertTrue(text.contains("FROM python:3.7 AS builder"), text);
        assertEquals(onFx(wb.editor()::text), onFx(original::text), "the original side is the editor's text");
        assertFalse(onFx(() -> original.area().isEditable()));
        await("added lines marked on the optimized side", () -> onFx(() -> !optimized.area().lookupAll(".diff-band.diff-added").isEmpty()));
        assertFalse(onFx(() -> original.area().lookupAll(".diff-filler").isEmpty()), "fillers keep the rows aligned");
        assertTrue(onFx(() -> q.<Label>one("#optimize-summary").getText()).contains("added"));
        await("unchanged lines side by side on the same row", () -> onFx(() -> aligned(vm, original, optimized)));
        // a smoke check: the cut title seen in the real window (ChangeCell) did not happen with headless fonts
        List<CheckBox> titles = q.all(".change-title");
        assertFalse(titles.isEmpty());
        FxWait.awaitNone("change titles cut short", () -> onFx(() -> titles.stream()
                .filter(c -> c.getParent() != null && c.isVisible() && FxQuery.truncated(c)).map(CheckBox::getText).toList()));

        // clicking a change selects its original lines
        robot.clickOn(q.one(".change-reason", Label.class, l -> l.getText().startsWith("pip installs into")));
        await("the split's lines selected", () -> onFx(() -> original.area().getSelectedText()).startsWith("FROM python:3.7"));

        // reject one change: the text loses it
        javafx.scene.control.ListView<?> changes = q.<javafx.scene.control.ListView>one("#optimize-changes");
        robot.interact(() -> changes.scrollTo(indexOf(vm, "pip-no-cache")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(q.<CheckBox>one("#accept-pip-no-cache"));
        await("pip --no-cache-dir rejected", () -> !onFx(optimized::text).contains("--no-cache-dir"));
        assertTrue(onFx(optimized::text).contains("FROM python:3.7-slim"), "the other changes stay");
        assertFalse(onFx(() -> q.<CheckBox>one("#accept-pip-no-cache").isSelected()));

        // edit the optimized text with the keyboard
        robot.interact(() -> optimized.moveCaret(optimized.text().length()));
        robot.write("LABEL edited=yes\n");
        await("the edit reaches the view model", () -> onFx(() -> vm.optimizedProperty().get()).endsWith("LABEL edited=yes\n"));
        assertTrue(onFx(() -> vm.editedProperty().get()));
        await("the optimized side is highlighted like the editor", () -> onFx(() ->
                optimized.stylesAt(optimized.text().indexOf("LABEL edited")).contains("tk-keyword")));

        // export to a new folder, with the proposed .dockerignore
        q.click("#optimize-export");
        await("the export dialog", () -> q.find("#export-path").isPresent());
        TextField path = q.<TextField>one("#export-path");
        String shown = onFx(path::getText);
        assertTrue(shown.endsWith("Dockerfile.multistage"), shown);
        Path target = out.resolve("Dockerfile.multistage");
        robot.interact(() -> path.setText(target.toString()));
        Node ignore = q.one("#export-dockerignore");
        assertTrue(onFx(ignore::isVisible), "the optimizer proposed a .dockerignore");
        q.click("#export-ok");
        await("the file written", () -> Files.exists(target));
        assertEquals(onFx(optimized::text), Files.readString(target));
        assertTrue(Files.readString(target).contains("LABEL edited=yes"));
        assertTrue(Files.readString(out.resolve(".dockerignore")).contains("__pycache__"));
        await("the dialog closes", () -> q.find("#export-path").isEmpty());
    }

    /** Every unchanged line visible on both sides sits at the same height on screen (and there are some). */
    private static boolean aligned(OptimizeViewModel vm, EditorView left, EditorView right) {
        int compared = 0;
        for (DiffRows.Row r : vm.diffProperty().get().rows()) {
            if (r.kind() != DiffRows.Kind.EQUAL) continue;
            var l = left.area().allParToVisibleParIndex(r.left() - 1);
            var o = right.area().allParToVisibleParIndex(r.right() - 1);
            if (l.isEmpty() || o.isEmpty()) continue;
            double ly = left.area().getVisibleParagraphBoundsOnScreen(l.get()).getMinY();
            double oy = right.area().getVisibleParagraphBoundsOnScreen(o.get()).getMinY();
            if (Math.abs(ly - oy) > 1.5) return false;
            compared++;
        }
        return compared >= 4;
    }

    @Test
    void bothSidesScrollTogetherWhateverScrollsOne() throws Exception {
        StringBuilder text = new StringBuilder("FROM python:3.7\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\n");
        for (int i = 1; i <= 70; i++) text.append("# note ").append(i).append('\n');
        text.append("ENTRYPOINT [\"python\", \"run.py\"]\n");
        Workbench wb = launchPythonProject(text.toString());
        runOptimizer();
        OptimizeViewModel vm = wb.optimizeWiring().viewModel();
        EditorView optimized = wb.optimizeWiring().view().optimizedEditor();
        EditorView original = wb.optimizeWiring().view().originalEditor();
        await("the multi-stage text in the diff", () -> onFx(optimized::text).contains("AS builder"));
        await("rows aligned at the top", () -> onFx(() -> aligned(vm, original, optimized)));

        // the keyboard pages the optimized side's caret down: the original follows
        robot.clickOn(optimized.area());
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN, 2);
        await("the optimized side scrolled", () -> onFx(() -> optimized.area().getEstimatedScrollY()) > 50);
        await("the original follows, rows aligned", () -> onFx(() -> original.area().getEstimatedScrollY() > 50 && aligned(vm, original, optimized)));

        // dragging the original's scroll bar to the top: the optimized side follows
        javafx.scene.control.ScrollBar bar = onFx(() -> original.node().lookupAll(".scroll-bar").stream()
                .map(n -> (javafx.scene.control.ScrollBar) n).filter(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .findFirst().orElseThrow());
        Node thumb = onFx(() -> bar.lookup(".thumb"));
        robot.drag(thumb).moveBy(0, -2000).release(javafx.scene.input.MouseButton.PRIMARY);
        await("the original at the top", () -> onFx(() -> original.area().getEstimatedScrollY()) < 1);
        // the follower copies the lead's real offset, which after a thumb drag can be a pixel off the lead's estimate of 0
        await("the optimized side follows, rows aligned", () -> onFx(() -> optimized.area().getEstimatedScrollY() < 2 && aligned(vm, original, optimized)));
    }

    private static int indexOf(OptimizeViewModel vm, String id) {
        for (int i = 0; i < vm.changes().size(); i++) if (vm.changes().get(i).change().id().equals(id)) return i;
        throw new AssertionError("no change " + id);
    }

    @Test
    void aFileWithoutASafeRewriteShowsTheReasonAndNoDiff() throws Exception {
        Path file = home.resolve("Dockerfile");
        Files.writeString(file, "FROM scratch\nCOPY app /app\nCMD [\"/app\"]\n");
        Workbench wb = launch(List.of(file.toString()));
        await("file open", () -> onFx(wb.editor()::text).startsWith("FROM scratch"));
        robot.interact(() -> wb.optimizeWiring().optimize());
        await("the reason", () -> q.find("#optimize-reason").map(Node::isVisible).orElse(false));
        String reason = onFx(() -> q.<Label>one("#optimize-reason").getText());
        assertTrue(reason.contains("scratch"), reason);
        assertFalse(onFx(() -> wb.optimizeWiring().view().optimizedEditor().node().isVisible()
                && wb.optimizeWiring().view().optimizedEditor().node().getScene() != null), "no diff is shown");
        assertTrue(onFx(() -> q.<javafx.scene.control.Button>one("#optimize-export").isDisabled()));
    }
}

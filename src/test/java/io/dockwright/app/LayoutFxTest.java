package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: its panels reopen as the user left them, and a bad layout file just means defaults. */
class LayoutFxTest extends WindowFxTest {
    private static final String PYTHON = "FROM python:3.7\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\n"
            + "ENTRYPOINT [\"python\", \"run.py\"]\n";
    private static final List<String> MAIN = List.of("workbench-split", "editor-split", "panels-split");
    private static final Map<String, Double> OPTIMIZE = Map.of("optimize-split", 0.6, "optimize-main-split", 0.5,
            "optimize-diff-split", 0.4, "optimize-graphs-split", 0.62, "optimize-side-split", 0.55);
    private static final double TOLERANCE = 0.004; // about 3 px of the window

    @Test
    void movedDividersAndTheHiddenLegendComeBackAfterARestart() throws Exception {
        Workbench first = launchPythonProject(PYTHON);
        Map<String, Double> defaults = shown(MAIN);
        drag("workbench-split", -160, 0);
        drag("editor-split", 0, -120);
        drag("panels-split", 0, 90);
        q.click("#graph-legend-toggle");
        Map<String, Double> moved = shown(MAIN);
        for (String id : MAIN) assertTrue(Math.abs(moved.get(id) - defaults.get(id)) > 0.05, id + " dragged: " + moved);
        optimize();
        robot.interact(() -> OPTIMIZE.forEach((id, at) -> pane(id).setDividerPositions(at)));
        Map<String, Double> optimizeMoved = shown(OPTIMIZE.keySet());
        robot.interact(first::shutdown); // what quitting runs (DockwrightApp.stop)
        assertTrue(Files.isRegularFile(new AppPaths(home).layout()));

        Workbench second = launchPythonProject(PYTHON);
        assertShown(moved, shown(MAIN));
        assertTrue(onFx(() -> second.graphViewModel().legend().userHidden()), "the legend the user hid");
        assertFalse(onFx(() -> q.<ToggleButton>one("#graph-legend-toggle").isSelected()));
        assertFalse(onFx(() -> q.one(".graph-legend").isVisible()));
        optimize(); // the Optimize page's panes get their size only once it shows a rewrite
        assertShown(optimizeMoved, shown(OPTIMIZE.keySet()));
    }

    @Test
    void aCorruptOrPartialLayoutFileGivesTheDefaultsForWhatIsMissing() throws Exception {
        AppPaths paths = new AppPaths(home);
        Workbench first = launchPythonProject(PYTHON);
        Map<String, Double> defaults = shown(MAIN);
        robot.interact(first::shutdown);

        Files.writeString(paths.layout(), "dividers.workbench-split=1.7\ndividers.editor-split=NaN\n"
                + "dividers.panels-split=0.3\nlegend.hidden=perhaps\n\u0000 = ?\n");
        Workbench second = launchPythonProject(PYTHON);
        Map<String, Double> partial = shown(MAIN);
        assertEquals(defaults.get("workbench-split"), partial.get("workbench-split"), TOLERANCE);
        assertEquals(defaults.get("editor-split"), partial.get("editor-split"), TOLERANCE);
        assertEquals(0.3, onFx(() -> pane("panels-split").getDividerPositions()[0]), 0.01, "the one readable value");
        assertFalse(onFx(() -> second.graphViewModel().legend().userHidden()), "collapsed in the small panel at most");

        Files.writeString(paths.layout(), "dividers.workbench-split=0.2\nlegend.hidden=true\nbad=\\u12");
        Workbench third = launchPythonProject(PYTHON);
        assertShown(defaults, shown(MAIN));
        assertFalse(onFx(() -> third.graphViewModel().legend().userHidden()), "an unreadable file: defaults");
    }

    @Test
    void aWindowReopenedMaximizedShowsTheDividersAsLeft() throws Exception {
        AppPaths paths = new AppPaths(home);
        Files.createDirectories(paths.home());
        Files.writeString(paths.window(), "x=40\ny=30\nwidth=900\nheight=560\nmaximized=true\n");
        Files.writeString(paths.layout(), "dividers.editor-split=0.5\ndividers.workbench-split=0.45\n");
        Workbench wb = launchPythonProject(PYTHON);
        try {
            assertTrue(onFx(() -> stageOf(wb).isMaximized()));
            Map<String, Double> at = shown(List.of("editor-split", "workbench-split"));
            assertEquals(0.5, at.get("editor-split"), 0.01, "the Problems panel as big as it was: " + at);
            assertEquals(0.45, at.get("workbench-split"), 0.01, at.toString());

            // once the user has touched the window, resizing it keeps the Problems panel's height, as a split pane does
            double problems = onFx(() -> pane("editor-split").getItems().get(1).getLayoutBounds().getHeight());
            q.click("#status-message");
            robot.interact(() -> {
                stageOf(wb).setMaximized(false);
                stageOf(wb).setHeight(560);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(onFx(() -> pane("editor-split").getHeight()) < 600, "back to its normal size");
            assertEquals(problems, onFx(() -> pane("editor-split").getItems().get(1).getLayoutBounds().getHeight()), 2);
        } finally {
            robot.interact(() -> stageOf(wb).setMaximized(false)); // the stage is shared with later tests
        }
    }

    private static javafx.stage.Stage stageOf(Workbench wb) {
        return (javafx.stage.Stage) wb.window().root().getScene().getWindow();
    }

    private void optimize() throws Exception {
        runOptimizer();
        await("the rewrite shown", () -> q.visible("#optimize-split") && onFx(() -> pane("optimize-split").getWidth() > 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the pane's own divider (not one of a pane inside it) by the given distance, as the user does. */
    private void drag(String id, double dx, double dy) {
        Node divider = onFx(() -> pane(id).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow());
        robot.drag(divider, MouseButton.PRIMARY).moveBy(dx, dy).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane pane(String id) {
        return q.one("#" + id);
    }

    /** Where each pane's divider is, as laid out: the share of the pane its first item takes. */
    private Map<String, Double> shown(java.util.Collection<String> ids) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> at = new LinkedHashMap<>();
        for (String id : ids) {
            at.put(id, onFx(() -> {
                SplitPane p = pane(id);
                Node item = p.getItems().get(0);
                Bounds a = item.localToScene(item.getLayoutBounds());
                Bounds b = p.localToScene(p.getLayoutBounds());
                return p.getOrientation() == Orientation.HORIZONTAL
                        ? (a.getMaxX() - b.getMinX()) / b.getWidth() : (a.getMaxY() - b.getMinY()) / b.getHeight();
            }));
        }
        return at;
    }

    private static void assertShown(Map<String, Double> expected, Map<String, Double> actual) {
        Stream.of(expected.keySet().toArray(String[]::new)).forEach(id ->
                assertEquals(expected.get(id), actual.get(id), TOLERANCE, id + ": " + actual + " expected " + expected));
    }
}

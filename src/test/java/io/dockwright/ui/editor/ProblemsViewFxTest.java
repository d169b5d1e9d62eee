package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.app.ThemeManager;
import io.dockwright.concurrent.SynchronousExecutor;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Problems list in a headless window: a click on a row moves the caret, however the list got its rows. */
@ExtendWith(ApplicationExtension.class)
class ProblemsViewFxTest {
    private static final String TWO_PROBLEMS = "FROM alpine AS builder\nFROM alpine\nCOPY --from=buildr /x /y\nCOPY --from=bulder /x /y\n";
    private EditorView editor;
    private ListView<Problem> list;
    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.logging.Handler cssWarnings = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) warnings.add(r.getMessage());
        }

        @Override public void flush() { }

        @Override public void close() { }
    };

    @AfterEach
    void removeHandler() {
        java.util.logging.Logger.getLogger("javafx.css").removeHandler(cssWarnings);
    }

    @Start
    void start(Stage stage) {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        editor = new EditorView(vm);
        ProblemsView problems = new ProblemsView(vm, editor);
        @SuppressWarnings("unchecked") ListView<Problem> l = (ListView<Problem>) problems.node();
        list = l;
        java.util.logging.Logger.getLogger("javafx.css").addHandler(cssWarnings);
        // like the app: the theme is the user-agent stylesheet before any scene exists (DockwrightApp.start)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        // the editor joins a styled scene, as in the app (where it arrives through a SplitPane's skin): attached while
        // the Scene is made, its gutter would style itself before the root's looked-up colours exist
        VBox root = new VBox();
        Scene scene = new Scene(root, 700, 500);
        new ThemeManager(false).install(scene); // and the app's stylesheet
        stage.setScene(scene);
        stage.show();
        root.getChildren().setAll(editor.node(), problems.node());
        editor.load(""); // a new, blank buffer: the list starts empty
    }

    @Test
    void aClickOnARowThatAppearedInAnEmptyListMovesTheCaret(FxRobot robot) {
        assertEquals(List.of(), list.getItems());
        robot.interact(() -> editor.load(TWO_PROBLEMS));
        assertEquals(2, list.getItems().size(), list.getItems().toString());
        clickRow(robot, 1);
        assertEquals(list.getItems().get(1).start(), editor.area().getCaretPosition());
        // the same row again, after the caret moved away: the selection does not change, the caret still moves
        robot.interact(() -> editor.moveCaret(0));
        clickRow(robot, 1);
        assertEquals(list.getItems().get(1).start(), editor.area().getCaretPosition());
        assertEquals(List.of(), warnings, "the list and the editor style without CSS warnings under the app's theme");
    }

    @Test
    void rowsShrinkingAndGrowingStillLeadToTheirOwnProblem(FxRobot robot) {
        robot.interact(() -> editor.load(TWO_PROBLEMS));
        robot.interact(() -> editor.load("FROM alpine\n"));
        assertEquals(List.of(), list.getItems());
        robot.interact(() -> editor.load("RUN x\n" + TWO_PROBLEMS));
        robot.interact(() -> editor.moveCaret(3));
        clickRow(robot, 0);
        assertEquals(list.getItems().get(0).start(), editor.area().getCaretPosition());
        int last = list.getItems().size() - 1;
        clickRow(robot, last);
        assertEquals(list.getItems().get(last).start(), editor.area().getCaretPosition());
    }

    @Test
    void aClickBelowTheRowsMovesNothing(FxRobot robot) {
        robot.interact(() -> editor.load(TWO_PROBLEMS));
        clickRow(robot, 0);
        robot.interact(() -> editor.moveCaret(2));
        var bounds = list.localToScreen(list.getBoundsInLocal());
        robot.clickOn(bounds.getMinX() + 20, bounds.getMaxY() - 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, editor.area().getCaretPosition());
    }

    /** Clicks the visible cell that shows row {@code index}. */
    private void clickRow(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#problems .list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.isVisible() && c.getIndex() == index && !c.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no visible cell for row " + index));
        assertTrue(cell.getItem() == list.getItems().get(index));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

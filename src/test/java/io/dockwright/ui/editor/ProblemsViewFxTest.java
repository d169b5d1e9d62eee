package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.CssWarnings;
import io.dockwright.ui.FxQuery;
import io.dockwright.ui.ThemedStage;
import java.util.List;
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
    private static final String TWO_PROBLEMS = "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=buildr /x /y\nCOPY --from=bulder /x /y\n";
    private EditorView editor;
    private ListView<Problem> list;
    private final CssWarnings warnings = new CssWarnings();

    @AfterEach
    void removeHandler() {
        warnings.detach();
    }

    @Start
    void start(Stage stage) {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        editor = new EditorView(vm);
        ProblemsView problems = new ProblemsView(vm, editor);
        @SuppressWarnings("unchecked") ListView<Problem> l = (ListView<Problem>) problems.node();
        list = l;
        warnings.attach();
        // the editor joins a styled scene, as in the app (where it arrives through a SplitPane's skin): attached while
        // the Scene is made, its gutter would style itself before the root's looked-up colours exist
        ThemedStage.show(stage, new VBox(editor.node(), problems.node()), 700, 500, false);
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
        assertEquals(List.of(), warnings.list(), "the list and the editor style without CSS warnings under the app's theme");
    }

    @Test
    void rowsShrinkingAndGrowingStillLeadToTheirOwnProblem(FxRobot robot) {
        robot.interact(() -> editor.load(TWO_PROBLEMS));
        robot.interact(() -> editor.load("FROM alpine:3.20\n"));
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
        FxQuery q = new FxQuery(robot);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = q.<ListCell<?>>all("#problems .list-cell").stream()
                .filter(c -> c.isVisible() && c.getIndex() == index && !c.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no visible cell for row " + index));
        assertTrue(cell.getItem() == list.getItems().get(index));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.bench.GraphUpdateBenchmark;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.FxQuery;
import io.dockwright.ui.ThemedStage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Redraws keep the drawn nodes, tooltips still appear, and big graphs draw what is in view. */
@ExtendWith(ApplicationExtension.class)
class GraphRedrawFxTest {
    private GraphViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new io.dockwright.ui.BuildOptions());
        ThemedStage.show(stage, new GraphView(vm, new SynchronousExecutor()), 1100, 600, false);
        GraphInputs.feed(vm, GraphViewModelTest.GUIDE);
        // as the editor does: options changed, the text is analysed again
        vm.optionsProperty().addListener((o, was, now) -> GraphInputs.feed(vm, GraphViewModelTest.GUIDE));
    }

    @Test
    void anEditUpdatesTheDrawnCardsAndEdgesInPlace(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        Node card0 = q.one("#stage-card-0");
        Node card2 = q.one("#stage-card-2");
        Set<Node> edges = new HashSet<>(q.all(".edge"));
        robot.interact(() -> GraphInputs.feed(vm, "# a new first line\n" + GraphViewModelTest.GUIDE));

        assertSame(card0, q.one("#stage-card-0"));
        assertSame(card2, q.one("#stage-card-2"));
        assertEquals(edges, new HashSet<>(q.all(".edge")));
        int line = vm.layoutProperty().get().card(2).line();
        assertEquals(GraphViewModelTest.GUIDE.lines().takeWhile(l -> !l.startsWith("FROM python:3.7-")).count() + 2, line);
        Label count = robot.from(card2).lookup(".stage-count").queryAs(Label.class);
        assertTrue(count.getText().contains("lines " + line + "–"), count.getText());

        robot.interact(() -> vm.setTarget("builder"));
        assertSame(card0, q.one("#stage-card-0"), "a new target restyles the cards, it does not replace them");
        assertTrue(card0.getPseudoClassStates().contains(StageCardNode.TARGET));
        assertEquals("TARGET", robot.from(card0).lookup(".target-badge").queryAs(Label.class).getText());
        assertTrue(robot.from(card2).lookup(".target-badge").tryQuery().isEmpty());
    }

    @Test
    void hoveringACardShowsItsTooltip(FxRobot robot) throws Exception {
        FxQuery q = new FxQuery(robot);
        robot.moveTo(q.<Node>one("#stage-card-0"));
        Tooltip tip = shownTooltip();
        assertTrue(tip.getText().startsWith("Stage 0 \"builder\", lines 2–"), tip.getText());
        // off the cards (an empty corner of the canvas): the tooltip goes away
        robot.moveTo(q.one(".graph-canvas"), javafx.geometry.Pos.BOTTOM_RIGHT, new javafx.geometry.Point2D(-15, -15),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tip.isShowing());
        robot.moveTo(q.<Node>one("#stage-card-2"));
        Tooltip again = shownTooltip();
        assertTrue(again.getText().startsWith("Stage 2") && again.getText().contains("Build target"), again.getText());
        assertNotSame(tip, again, "each card has its own tooltip");
    }

    private static Tooltip shownTooltip() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip && w.isShowing()));
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).findFirst().orElseThrow()).get();
    }

    @Test
    void aBigGraphDrawsTheCardsInViewAndRevealsTheCaretsStage(FxRobot robot) throws Exception {
        FxQuery q = new FxQuery(robot);
        String text = GraphUpdateBenchmark.generate(60 * 15, 16);
        robot.interact(() -> GraphInputs.feed(vm, text));
        GraphCanvas canvas = q.<GraphCanvas>one(".graph-canvas");
        robot.interact(() -> canvas.zoomBy(GraphCanvas.MAX_ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        int stages = vm.layoutProperty().get().cards().size();
        int drawn = q.all(".stage-card").size();
        assertTrue(stages >= 60 && drawn > 0 && drawn < stages / 2, drawn + " of " + stages + " cards drawn");
        int last = stages - 1;
        assertTrue(q.find("#stage-card-" + last).isEmpty());
        assertTrue(q.find("#stage-card-0").isPresent());

        robot.interact(() -> vm.caretMoved(text.lastIndexOf("FROM ")));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = q.one("#stage-card-" + last);
        assertNotNull(card);
        assertTrue(card.getPseudoClassStates().contains(StageCardNode.HIGHLIGHTED));
        assertTrue(q.all(".stage-card").size() < stages / 2);
        assertTrue(q.find("#stage-card-0").isEmpty(), "the first stage, far out of view, is no longer drawn");
    }
}

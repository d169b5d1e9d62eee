package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.FxQuery;
import io.dockwright.ui.ThemedStage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The legend never hides the graph by itself: in a panel as small as the stage graph's at the window's minimum size
 * it collapses, in a normal one the fitted graph keeps clear of it, and the toolbar's legend button hides and shows it.
 */
@ExtendWith(ApplicationExtension.class)
class GraphLegendFxTest {
    /** The stage graph's panel in the 720×480 window (toolbar included), and in the default 1360×860 one. */
    private static final double SMALL_W = 600, SMALL_H = 240, NORMAL_W = 610, NORMAL_H = 480;
    /** Four stages on their own bases, side by side: a tall graph whose lower left is where the legend is. */
    private static final String FOUR_BASES = """
            FROM alpine:3.19 AS a
            FROM debian:12 AS b
            FROM ubuntu:22.04 AS c
            FROM busybox:1.36 AS d
            FROM scratch
            COPY --from=a / /a
            COPY --from=b / /b
            COPY --from=c / /c
            COPY --from=d / /d
            """;
    private Stage stage;
    private GraphViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new io.dockwright.ui.BuildOptions());
        ThemedStage.show(stage, new GraphView(vm, new SynchronousExecutor()), NORMAL_W, NORMAL_H, false);
        GraphInputs.feed(vm, GraphViewModelTest.GUIDE);
    }

    @Test
    void inASmallPanelTheLegendCollapsesAndCoversNoCard(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        resize(robot, SMALL_W, SMALL_H); // the window dragged to its minimum size: the graph keeps its zoom
        assertEquals(List.of(), covered(robot), "cards under the legend");
        assertLegendShown(robot, false, "collapsed by itself");

        q.click("#graph-legend-toggle");
        assertLegendShown(robot, true, "shown on request, even here");
        q.click("#graph-legend-toggle");
        assertLegendShown(robot, false, "hidden");
    }

    @Test
    void inANormalPanelTheFittedGraphKeepsClearOfTheLegendWhichTheToolbarHides(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        robot.interact(() -> GraphInputs.feed(vm, FOUR_BASES));
        q.click("#graph-fit");
        assertLegendShown(robot, true, "shown");
        assertEquals(List.of(), covered(robot), "cards and images under the legend");

        q.click("#graph-legend-toggle");
        assertLegendShown(robot, false, "hidden");
        resize(robot, NORMAL_W + 200, NORMAL_H + 200);
        assertLegendShown(robot, false, "closed by the user, it stays closed");
        q.click("#graph-legend-toggle");
        assertLegendShown(robot, true, "shown");
        resize(robot, SMALL_W, SMALL_H);
        assertLegendShown(robot, false, "collapsed again when the panel gets small");
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The legend's visibility follows its pseudo-class at the next CSS pass, so a click's effect is waited for. */
    private static void assertLegendShown(FxRobot robot, boolean shown, String what) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> legend(robot).isVisible() == shown);
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(shown, legend(robot).isVisible(), what);
        }
    }

    private static Node legend(FxRobot robot) {
        return new FxQuery(robot).one(".graph-legend");
    }

    /** The stage cards (by id) and images (by name) that the legend, when visible, overlaps. */
    private static List<String> covered(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        Node legend = legend(robot);
        Bounds box = legend.localToScene(legend.getBoundsInLocal());
        List<Node> drawn = new ArrayList<>(q.all(".stage-card"));
        assertTrue(drawn.size() >= 3, "the stages are drawn");
        drawn.addAll(q.all(".image-node"));
        return drawn.stream().filter(n -> legend.isVisible() && n.localToScene(n.getBoundsInLocal()).intersects(box))
                .map(n -> n instanceof Label l ? l.getText() : n.getId()).sorted().toList();
    }
}

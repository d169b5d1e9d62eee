package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.dockerfile.Span;
import io.dockwright.ui.CssWarnings;
import io.dockwright.ui.FxQuery;
import io.dockwright.ui.ThemedStage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real graph view in a headless window: cards, edges, click-to-select, export. */
@ExtendWith(ApplicationExtension.class)
class GraphViewFxTest {
    private final List<Span> selections = new ArrayList<>();
    private final CssWarnings warnings = new CssWarnings();
    private GraphView view;
    private GraphViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new io.dockwright.ui.BuildOptions());
        vm.onSelectionRequest(selections::add);
        view = new GraphView(vm, new SynchronousExecutor());
        warnings.attach();
        ThemedStage.show(stage, view, 1100, 600, false);
        GraphInputs.feed(vm, GraphViewModelTest.GUIDE);
        // as the editor does: options changed, the text is analysed again
        vm.optionsProperty().addListener((o, was, now) -> GraphInputs.feed(vm, GraphViewModelTest.GUIDE));
    }

    @AfterEach
    void detachWarnings() {
        warnings.detach();
    }

    @Test
    void stylesUnderTheAppsThemeWithoutCssWarnings(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        q.click("#stage-card-1"); // a highlighted, unneeded card
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), warnings.list());
    }

    @Test
    void clickingACardRequestsTheStageSpan(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        q.click("#stage-card-0");
        assertEquals(1, selections.size());
        Span span = selections.get(0);
        String selected = GraphViewModelTest.GUIDE.substring(span.start(), span.end());
        assertTrue(selected.startsWith("FROM python:3.7 AS builder") && selected.endsWith("RUN pip install -r req.txt"), selected);
        assertTrue(q.one("#stage-card-0").getPseudoClassStates().contains(StageCardNode.HIGHLIGHTED));
        q.click("#stage-card-2");
        assertEquals(GraphViewModelTest.GUIDE.indexOf("FROM python:3.7-${VARIANT}"), selections.get(1).start());
    }

    @Test
    void drawsEdgesByKindTargetAndUnneededStages(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        assertEquals(3, q.all(".stage-card").size());
        assertFalse(q.all(".edge-copy").isEmpty());
        assertFalse(q.all(".image-node").isEmpty());
        assertTrue(q.one("#stage-card-2").getPseudoClassStates().contains(StageCardNode.TARGET));
        assertTrue(q.one("#stage-card-1").getPseudoClassStates().contains(StageCardNode.UNNEEDED));
    }

    @Test
    void brokenTextDimsTheLastGoodGraphAndSaysWhy(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        robot.interact(() -> GraphInputs.feed(vm, GraphViewModelTest.GUIDE.replace("AS test", "AS test oops")));
        javafx.scene.Node canvas = q.one(".graph-canvas");
        assertTrue(canvas.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("stale")));
        javafx.scene.control.Label status = q.<javafx.scene.control.Label>one(".graph-status");
        assertTrue(status.isVisible() && status.getText().contains("Line 7:"), status.getText());
        assertEquals(3, q.all(".stage-card").size(), "the last good graph stays");
        robot.interact(() -> GraphInputs.feed(vm, GraphViewModelTest.GUIDE));
        assertFalse(canvas.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("stale")));
        assertFalse(status.isVisible());
    }

    @Test
    void theTargetSelectorSetsTheBuildTarget(FxRobot robot) {
        FxQuery q = new FxQuery(robot);
        TargetSelector selector = q.<TargetSelector>one("#graph-target");
        assertEquals(List.of(TargetSelector.LAST, "builder", "test"), selector.getItems());
        robot.interact(() -> selector.setValue("builder"));
        assertEquals("builder", vm.effectiveTargetProperty().get());
        assertTrue(q.one("#stage-card-0").getPseudoClassStates().contains(StageCardNode.TARGET));
        assertFalse(q.one("#stage-card-2").getPseudoClassStates().contains(StageCardNode.TARGET));
        robot.interact(() -> selector.setValue(TargetSelector.LAST));
        assertEquals("2", vm.effectiveTargetProperty().get());
        assertEquals(null, vm.optionsProperty().get().target());
        assertEquals("", vm.targetProperty().get());
    }

    @Test
    void exportsAPng(FxRobot robot, @TempDir Path dir) throws Exception {
        Path png = dir.resolve("graph.png");
        List<Throwable> errors = new ArrayList<>();
        robot.interact(() -> view.exportPng(png, errors::add));
        assertTrue(errors.isEmpty(), errors::toString);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(Files.size(png) > 1000);
        GraphLayout layout = vm.layoutProperty().get();
        assertEquals(Math.ceil(layout.width() * 2), image.getWidth(), 4);

        robot.interact(() -> new GraphView(new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new io.dockwright.ui.BuildOptions()),
                new SynchronousExecutor()).exportPng(dir.resolve("empty.png"), errors::add));
        assertEquals(1, errors.size(), "an empty graph is reported, not written");
        assertFalse(Files.exists(dir.resolve("empty.png")));
    }
}

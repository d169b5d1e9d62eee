package io.dockwright.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.LineRequest;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The chart in a real (headless) stage: two results drawn; clicking a layer segment asks for its line. */
class ChartViewFxTest {
    private final FxRobot robot = new FxRobot();
    private final io.dockwright.ui.FxQuery q = new io.dockwright.ui.FxQuery(robot);
    private final List<LineRequest> requests = new CopyOnWriteArrayList<>();
    private ChartViewModel vm;
    private ChartView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            vm = new ChartViewModel(new SynchronousExecutor(), new ChartExporter(), requests::add);
            view = new ChartView(vm);
            stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 520));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private <T> T onFx(Supplier<T> s) throws Exception {
        return WaitForAsyncUtils.asyncFx(s::get).get(10, TimeUnit.SECONDS);
    }

    @Test
    void clickingALayerSegmentRequestsItsLine() throws Exception {
        robot.interact(() -> vm.show(ChartViewModelTest.original(), ChartViewModelTest.optimized()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(q.find("#chart-layers").isPresent(), "the charts replace the placeholder");
        assertTrue(onFx(() -> vm.headlineProperty().get()).contains("85.9% smaller"));
        LayerSegment pip = onFx(() -> vm.dataProperty().get().segments().get(2));
        assertEquals(5, pip.line());

        Point2D target = onFx(() -> centreOf(pip.key()));
        assertNotNull(target, "the RUN pip install segment is drawn");
        robot.moveTo(target).clickOn();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(new LineRequest("original", 5, pip.describe())), requests);
        assertEquals(pip.describe(), onFx(() -> vm.messageProperty().get()));

        LayerSegment base = onFx(() -> vm.dataProperty().get().segments().get(3));
        robot.moveTo(onFx(() -> centreOf(base.key()))).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, requests.size(), "the base image has no line of the user's");
        assertTrue(onFx(() -> vm.messageProperty().get()).contains("base image"));
    }

    @Test
    void theDarkThemeRedrawsWithTheDarkPalette() throws Exception {
        robot.interact(() -> {
            vm.show(ChartViewModelTest.original(), ChartViewModelTest.optimized());
            view.setDark(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartPalette.dark().background(), onFx(() -> view.layersViewer().getChart().getBackgroundPaint()));
    }

    /** Screen centre of the series' bar, from the chart's own entity areas. */
    private Point2D centreOf(String key) {
        ChartCanvas canvas = view.layersViewer().getCanvas();
        for (Object o : canvas.getRenderingInfo().getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof CategoryItemEntity item && key.equals(item.getRowKey())) {
                Shape area = item.getArea();
                Rectangle2D b = area.getBounds2D();
                return canvas.localToScreen(b.getCenterX(), b.getCenterY());
            }
        }
        return null;
    }
}

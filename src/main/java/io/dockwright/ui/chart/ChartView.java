package io.dockwright.ui.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The size chart: total sizes beside the stacked layers (JFreeChart in {@link ChartViewer}s), a headline
 * with the reduction, and an export menu. Clicking a layer asks the editor to show its line.
 */
public final class ChartView {
    private final ChartViewModel vm;
    private final BorderPane root = new BorderPane();
    private final SplitPane charts = new SplitPane();
    private ChartViewer layers;
    private final StackPane center = new StackPane();
    private final VBox empty;

    public ChartView(ChartViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("chart-view");
        root.setId("chart-view");
        charts.setId("chart-split");
        Label headline = new Label();
        headline.setId("chart-headline");
        headline.getStyleClass().add("chart-headline");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setMaxWidth(Double.MAX_VALUE);
        headline.setMinWidth(0);
        HBox.setHgrow(headline, Priority.ALWAYS);
        HBox top = new HBox(8, headline, exportMenu());
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("chart-toolbar");
        Label message = new Label();
        message.setId("chart-message");
        message.getStyleClass().add("chart-message");
        message.textProperty().bind(vm.messageProperty());
        FontIcon icon = new FontIcon(MaterialDesignC.CHART_BAR);
        icon.getStyleClass().add("placeholder-icon");
        Label hint = new Label("Chart: not built yet");
        hint.getStyleClass().add("placeholder");
        empty = new VBox(8, icon, hint);
        empty.setAlignment(Pos.CENTER);
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(message);
        vm.dataProperty().addListener((o, was, is) -> redraw());
        vm.darkProperty().addListener((o, was, is) -> redraw());
        redraw();
    }

    private Node exportMenu() {
        MenuButton export = new MenuButton("Export", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("chart-export");
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ChartExporter.Format f : ChartExporter.Format.values()) {
            String ext = f.name().toLowerCase(Locale.ROOT);
            MenuItem item = new MenuItem(switch (f) {
                case PNG -> "Chart as PNG…";
                case SVG -> "Chart as SVG…";
                case CSV -> "Numbers as CSV…";
                case JSON -> "Numbers as JSON…";
            });
            item.setId("export-" + ext);
            item.setOnAction(e -> choose(f, ext));
            export.getItems().add(item);
        }
        export.disableProperty().bind(vm.dataProperty().map(ChartData::isEmpty));
        return export;
    }

    private void choose(ChartExporter.Format format, String ext) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format);
        chooser.setInitialFileName("image-sizes." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " files", "*." + ext));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) vm.export(Path.of(file.getPath()), format);
    }

    private void redraw() {
        ChartData d = vm.dataProperty().get();
        if (d.isEmpty()) {
            center.getChildren().setAll(empty);
            return;
        }
        // fresh viewers for each chart: a viewer given a chart after it was shown painted no chart background
        ChartPalette p = vm.palette();
        ChartViewer totals = new ChartViewer(SizeCharts.totals(d, p));
        totals.setId("chart-totals");
        layers = new ChartViewer(SizeCharts.layers(d, p));
        layers.setId("chart-layers");
        layers.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item) vm.activate(String.valueOf(item.getRowKey()));
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) { }
        });
        double[] dividers = charts.getItems().isEmpty() ? new double[] {0.38} : charts.getDividerPositions();
        charts.getItems().setAll(totals, layers);
        charts.setDividerPositions(dividers);
        center.getChildren().setAll(charts);
    }

    /** Follows the window's theme. */
    public void setDark(boolean dark) {
        vm.darkProperty().set(dark);
    }

    /** The pane whose divider the user drags between the totals and the layers (no divider until there is data). */
    public java.util.List<SplitPane> splitPanes() { return java.util.List.of(charts); }

    public Node node() {
        return root;
    }

    /** The stacked-layers viewer (for tests and screenshots). */
    ChartViewer layersViewer() {
        return layers;
    }
}

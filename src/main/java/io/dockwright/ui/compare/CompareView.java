package io.dockwright.ui.compare;

import io.dockwright.compare.Comparison;
import io.dockwright.ui.Panels;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Compare page: the size bars and the reduction on top with "where the bytes went", the reading's progress
 * (Cancel, Read again) and the export menu; each variant's layer table on the left; the merged file tree, the
 * wasted paths and the package diff in tabs on the right.
 */
public final class CompareView {
    private final CompareViewModel vm;
    private final StackPane root = new StackPane();
    private final BorderPane page = new BorderPane();
    private final SizeBars bars = new SizeBars();
    private final SplitPane main = new SplitPane();
    private final SplitPane layers = new SplitPane();
    private final FileTreeTable files;
    private final TableView<LayerRow> originalLayers;
    private final TableView<LayerRow> optimizedLayers;
    private final Node empty = Panels.placeholder(MaterialDesignS.SCALE_BALANCE, "Compare: nothing built yet",
            "Optimize, then Build Both (Ctrl+Shift+B): when both images are built, their sizes, layers, files and packages are compared here.");

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("compare-view");
        root.setId("compare-view");
        files = new FileTreeTable(vm.files());
        originalLayers = CompareTables.layers("compare-layers-original", vm.originalLayers(), vm::activate);
        optimizedLayers = CompareTables.layers("compare-layers-optimized", vm.optimizedLayers(), vm::activate);
        layers.setId("compare-layers-split");
        layers.setOrientation(Orientation.VERTICAL);
        layers.getItems().setAll(Panels.panel("LAYERS · ORIGINAL", originalLayers), Panels.panel("LAYERS · OPTIMIZED", optimizedLayers));
        main.setId("compare-split");
        main.getItems().setAll(layers, details());
        main.setDividerPositions(0.38);
        page.setTop(header());
        page.setCenter(main);
        page.setBottom(message());
        vm.buildsProperty().addListener((o, was, is) -> showBuilds(is));
        showBuilds(vm.buildsProperty().get());
    }

    private Node header() {
        Label reduction = new Label();
        reduction.setId("compare-reduction");
        reduction.getStyleClass().add("compare-reduction");
        reduction.setMinWidth(Region.USE_PREF_SIZE);
        reduction.textProperty().bind(vm.buildsProperty().map(CompareViewModel::reduction).orElse(""));
        Label reductionCaption = new Label("smaller image (engine sizes)");
        reductionCaption.getStyleClass().add("compare-caption");
        VBox big = new VBox(2, reduction, reductionCaption, exportMenu());
        big.setAlignment(Pos.CENTER_RIGHT);
        big.setMinWidth(Region.USE_PREF_SIZE);
        Node barsNode = bars.node();
        HBox.setHgrow(barsNode, Priority.ALWAYS);
        HBox top = new HBox(24, barsNode, big);
        top.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        VBox header = new VBox(8, top, summary, progressLine());
        header.getStyleClass().add("compare-header");
        return header;
    }

    private Node progressLine() {
        ProgressBar bar = new ProgressBar();
        bar.setId("compare-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.phaseProperty().isEqualTo(CompareViewModel.Phase.READING));
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(180);
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("compare-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        vm.phaseProperty().addListener((o, was, is) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), is == CompareViewModel.Phase.FAILED));
        Button cancel = new Button("Cancel");
        cancel.setId("compare-cancel");
        cancel.setOnAction(e -> vm.cancelRead());
        cancel.visibleProperty().bind(bar.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button read = new Button("Read the images");
        read.setId("compare-read");
        read.setOnAction(e -> vm.read());
        read.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (vm.phaseProperty().get()) {
            case NOT_READ, CANCELLED, FAILED -> true;
            default -> false;
        }, vm.phaseProperty()));
        read.managedProperty().bind(read.visibleProperty());
        read.textProperty().bind(vm.phaseProperty().map(p -> p == CompareViewModel.Phase.NOT_READ ? "Read the images" : "Read again"));
        for (Button b : List.of(cancel, read)) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, bar, status, read, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node exportMenu() {
        MenuButton export = new MenuButton("Export", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("compare-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        for (CompareExporter.Format f : CompareExporter.Format.values()) {
            MenuItem item = new MenuItem(switch (f) {
                case MARKDOWN -> "Comparison as Markdown…";
                case JSON -> "Comparison as JSON…";
                case PNG -> "Size chart as PNG…";
                case SVG -> "Size chart as SVG…";
            });
            item.setId("compare-export-" + f.extension());
            if (f.needsContents()) item.disableProperty().bind(vm.comparedProperty().isNull());
            item.setOnAction(e -> choose(f));
            export.getItems().add(item);
        }
        export.disableProperty().bind(vm.buildsProperty().isNull());
        return export;
    }

    private void choose(CompareExporter.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison as " + format.label());
        chooser.setInitialFileName((format.needsContents() ? "image-comparison." : "image-sizes.") + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " files", "*." + format.extension()));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) vm.export(Path.of(file.getPath()), format);
    }

    private Node details() {
        Tab filesTab = new Tab("Files", files.node());
        filesTab.setId("compare-files-tab");
        Tab wasted = new Tab("Wasted", CompareTables.wasted(vm.wasted()));
        wasted.setId("compare-wasted-tab");
        Tab packages = new Tab("Packages", CompareTables.packages(vm.packages()));
        packages.setId("compare-packages-tab");
        wasted.textProperty().bind(Bindings.size(vm.wasted()).map(n -> n.intValue() == 0 ? "Wasted" : "Wasted (" + n + ")"));
        packages.textProperty().bind(Bindings.size(vm.packages()).map(n -> n.intValue() == 0 ? "Packages" : "Packages (" + n + ")"));
        TabPane tabs = new TabPane(filesTab, wasted, packages);
        tabs.setId("compare-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node message() {
        Label message = new Label();
        message.setId("compare-message");
        message.getStyleClass().add("compare-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        return message;
    }

    private void showBuilds(Comparison c) {
        bars.show(c);
        root.getChildren().setAll(c == null ? empty : page);
    }

    /** Reads the images when the page is shown (once per pair of builds). */
    public void shown() {
        vm.read();
    }

    /** The panes whose dividers the user drags: layers | details, original / optimized layers. */
    public List<SplitPane> splitPanes() { return List.of(main, layers); }

    public Node node() { return root; }

    /** For tests: a bar's filled share of its track (the size over the larger size) and its filled width in pixels. */
    public double[] bar(String variant) {
        SizeBars.Bar b = (SizeBars.Bar) bars.node().lookup("#compare-bar-" + variant);
        return new double[] {b.share(), b.fillWidth(), b.getWidth() - b.snappedLeftInset() - b.snappedRightInset()};
    }

    public javafx.scene.control.TreeTableView<io.dockwright.compare.tree.MergedNode> fileTable() { return files.table(); }

    public TableView<LayerRow> layerTable(String variant) {
        return "optimized".equals(variant) ? optimizedLayers : originalLayers;
    }
}

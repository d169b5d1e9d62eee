package io.dockwright.ui.graph;

import io.dockwright.concurrent.BackgroundExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stage visualizer: a toolbar (build target, build args, zoom, export) above the zoomable graph with
 * its legend. All state lives in the {@link GraphViewModel}; this class only draws it and forwards input.
 */
public final class GraphView extends BorderPane {
    static final String STYLESHEET = Objects.requireNonNull(GraphView.class.getResource("/io/dockwright/ui/graph.css")).toExternalForm();

    private final GraphViewModel vm;
    private final BackgroundExecutor executor;
    private final GraphCanvas canvas = new GraphCanvas();
    private final TargetSelector target;
    private final GraphLegend legend;
    private final Label status = new Label();
    private boolean fitted;

    public GraphView(GraphViewModel vm, BackgroundExecutor executor) {
        this.vm = vm;
        this.executor = executor;
        this.target = new TargetSelector(vm);
        this.legend = new GraphLegend(vm.legend(), canvas);
        getStyleClass().add("graph-view");
        setTop(toolbar());
        Label empty = new Label("No stages yet: a Dockerfile's FROM lines appear here as cards.");
        empty.getStyleClass().add("graph-empty");
        // not while the first layout is on its way: the file's stages are about to appear
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.laidOutProperty().get() && vm.layoutProperty().get().cards().isEmpty(), vm.laidOutProperty(), vm.layoutProperty()));
        empty.setMouseTransparent(true);
        status.getStyleClass().add("graph-status");
        status.setWrapText(true);
        status.visibleProperty().bind(vm.problemProperty().isNotNull().or(vm.buildArgErrorProperty().isNotNull()));
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::statusText,
                vm.problemProperty(), vm.staleProperty(), vm.buildArgErrorProperty()));
        StackPane.setAlignment(status, Pos.TOP_CENTER);
        StackPane.setMargin(status, new Insets(8));
        StackPane center = new StackPane(canvas, empty, legend, status);
        center.getStyleClass().add("graph-center");
        setCenter(center);

        vm.layoutProperty().addListener((obs, old, now) -> redraw(now));
        javafx.css.PseudoClass stale = javafx.css.PseudoClass.getPseudoClass("stale");
        canvas.pseudoClassStateChanged(stale, vm.staleProperty().get());
        vm.staleProperty().addListener((obs, old, now) -> canvas.pseudoClassStateChanged(stale, now));
        vm.highlightedProperty().addListener((obs, old, now) -> {
            canvas.highlight(now.intValue());
            canvas.reveal(now.intValue());
        });
        canvas.widthProperty().addListener((obs, old, now) -> fitOnce());
        canvas.heightProperty().addListener((obs, old, now) -> fitOnce());
        // On this view, not on the scene: a scene stylesheet added while the scene is being styled (the view
        // enters the scene when its SplitPane's skin is created) breaks looked-up colours in that CSS pass.
        getStylesheets().add(STYLESHEET);
        redraw(vm.layoutProperty().get());
    }

    private HBox toolbar() {
        Label targetLabel = new Label("Target");
        targetLabel.getStyleClass().add("toolbar-label");
        BuildArgsEditor args = new BuildArgsEditor(vm.buildOptions());
        HBox targetBox = new HBox(6, targetLabel, target);
        targetBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane options = new FlowPane(12, 4, targetBox, args);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(options, Priority.ALWAYS);
        Label zoom = new Label();
        zoom.getStyleClass().add("zoom-label");
        zoom.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        zoom.setMinWidth(44);
        Button export = button("mdi2e-export-variant", "Export the graph as a PNG image", this::exportPngDialog);
        export.setText("PNG");
        Button fit = button("mdi2f-fit-to-screen-outline", "Fit the graph", this::fit);
        fit.setId("graph-fit");
        HBox bar = new HBox(4, options,
                button("mdi2m-magnify-minus-outline", "Zoom out (Ctrl+wheel)", () -> canvas.zoomBy(1 / 1.2)),
                zoom,
                button("mdi2m-magnify-plus-outline", "Zoom in (Ctrl+wheel)", () -> canvas.zoomBy(1.2)),
                fit,
                legend.toggle(),
                export);
        // the zoom and export controls keep their size; the options wrap onto a second row instead
        bar.getChildren().stream().skip(1).forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        bar.getStyleClass().add("graph-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void redraw(GraphLayout layout) {
        canvas.show(layout, vm::selectStage, new CardMenu(vm));
        canvas.highlight(vm.highlightedProperty().get());
        fitOnce();
    }

    /** The first non-empty graph is fitted into view; later updates keep the user's viewport. */
    private void fitOnce() {
        if (fitted || canvas.graphLayout().cards().isEmpty() || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return;
        fitted = true;
        fit();
    }

    private void fit() {
        var corner = legend.corner();
        canvas.fit(corner.getWidth(), corner.getHeight());
    }

    private String statusText() {
        String problem = vm.problemProperty().get();
        if (problem != null) return (vm.staleProperty().get() ? "The graph is not up to date: " : "") + problem;
        return vm.buildArgErrorProperty().get();
    }

    private void exportPngDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export stage graph as PNG");
        chooser.setInitialFileName("stage-graph.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) exportPng(file.toPath(), error -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Could not export " + file + ": " + error.getMessage());
            alert.setHeaderText("PNG export failed");
            alert.show();
        });
    }

    /** Snapshots the whole graph at 2x and writes it as PNG in the background. */
    public void exportPng(Path file, java.util.function.Consumer<Throwable> onError) {
        if (canvas.graphLayout().cards().isEmpty()) {
            onError.accept(new IOException("There is no graph to export yet"));
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(2, 2));
        Color bg = getBackground() != null && !getBackground().getFills().isEmpty()
                && getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.WHITE;
        params.setFill(bg);
        WritableImage image = canvas.snapshot(params);
        var awt = SwingFXUtils.fromFXImage(image, null);
        executor.submit(() -> {
            if (!ImageIO.write(awt, "png", file.toFile())) throw new IOException("no PNG writer");
            return file;
        }, done -> { }, onError::accept);
    }

    /** For the editor: the view model driving this view. */
    public GraphViewModel viewModel() { return vm; }

}

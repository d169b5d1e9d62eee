package io.dockwright.ui.build;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.BackendNames;
import java.io.File;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The build panel: engine line, options, Build/Cancel/History, and the two variants' logs side by side.
 * Timers refresh elapsed times and re-check the engine, so a lost engine shows up and reconnects by itself.
 */
public final class BuildView {
    private final BuildViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Timeline ticker;
    private final Timeline heartbeat;
    private final SplitPane logs;

    public BuildView(BuildViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("build-view");
        root.setId("build-view");
        VBox top = new VBox(6, actions(), engineHelp(), options());
        top.getStyleClass().add("build-toolbar");
        root.setTop(top);
        logs = new SplitPane(new VariantPane(vm.original(), "Original").node(),
                new VariantPane(vm.optimized(), "Optimized").node());
        logs.setId("build-logs-split");
        root.setCenter(logs);
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        vm.runningProperty().addListener((o, was, is) -> {
            if (is) ticker.play();
            else {
                ticker.stop();
                vm.tick();
            }
        });
        heartbeat = new Timeline(new KeyFrame(Duration.seconds(5), e -> vm.engine().heartbeat()));
        heartbeat.setCycleCount(Animation.INDEFINITE);
    }

    /** Checks the engine now and keeps checking every few seconds. */
    public void start() {
        vm.engine().check();
        heartbeat.play();
    }

    public void stop() {
        heartbeat.stop();
        ticker.stop();
    }

    private Node engineBar() {
        EngineViewModel e = vm.engine();
        FontIcon icon = new FontIcon(MaterialDesignD.DOCKER);
        icon.getStyleClass().add("engine-icon");
        Label summary = new Label();
        summary.setId("engine-summary");
        summary.textProperty().bind(e.summaryProperty());
        summary.setMinWidth(0);
        e.stateProperty().addListener((o, was, s) -> {
            summary.getStyleClass().removeAll("engine-ok", "engine-bad");
            summary.getStyleClass().add(s == EngineViewModel.State.CONNECTED ? "engine-ok" : "engine-bad");
        });
        Tooltip details = new Tooltip();
        details.textProperty().bind(e.detailsProperty());
        summary.setTooltip(details);
        Button check = iconButton(null, MaterialDesignR.REFRESH, "engine-check");
        check.setTooltip(new Tooltip("Check the engine now"));
        check.setOnAction(ev -> e.check());
        HBox bar = new HBox(6, icon, summary, check);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Where discovery looked and how to get an engine: shown while none answers. */
    private Node engineHelp() {
        EngineViewModel e = vm.engine();
        Label help = new Label();
        help.setId("engine-details");
        help.getStyleClass().add("engine-details");
        help.setWrapText(true);
        help.textProperty().bind(e.detailsProperty());
        help.visibleProperty().bind(e.stateProperty().isEqualTo(EngineViewModel.State.UNAVAILABLE)
                .or(e.stateProperty().isEqualTo(EngineViewModel.State.LOST)));
        help.managedProperty().bind(help.visibleProperty());
        return help;
    }

    private Node options() {
        TextField target = field("--target (last)", vm.targetProperty().get(), 9, "build-target");
        target.textProperty().bindBidirectional(vm.targetProperty());
        TextField args = field("build args K=V …", "", 12, "build-args");
        args.textProperty().bindBidirectional(vm.buildArgsProperty());
        CheckBox noCache = new CheckBox("No cache");
        noCache.setId("build-no-cache");
        noCache.selectedProperty().bindBidirectional(vm.noCacheProperty());
        CheckBox parallel = new CheckBox("Both at once");
        parallel.setId("build-parallel");
        parallel.selectedProperty().bindBidirectional(vm.parallelProperty());
        FlowPane flow = new FlowPane(10, 6, contextGroup(), optimizedGroup(), target, args,
                group(new Label("Network"), networkChoice()), group(new Label("Backend"), backendChoice()), noCache, parallel,
                endpointField());
        flow.setAlignment(Pos.CENTER_LEFT);
        return flow;
    }

    /** The build context folder and the button that chooses it. */
    private Node contextGroup() {
        Label context = new Label();
        context.setId("build-context");
        context.getStyleClass().add("build-path");
        context.textProperty().bind(vm.contextProperty().map(p -> p.toString()).orElse("(no folder)"));
        context.setMaxWidth(260);
        Button chooseContext = iconButton(null, MaterialDesignF.FOLDER_OPEN_OUTLINE, "choose-context");
        chooseContext.setTooltip(new Tooltip("Choose the build context folder"));
        chooseContext.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Build context folder");
            if (vm.contextProperty().get() != null) chooser.setInitialDirectory(vm.contextProperty().get().toFile());
            File dir = chooser.showDialog(window());
            if (dir != null) vm.contextProperty().set(dir.toPath());
        });
        return group(new Label("Context"), context, chooseContext);
    }

    /** Where the optimized variant comes from, and the button that picks another Dockerfile for it. */
    private Node optimizedGroup() {
        Label optimized = new Label();
        optimized.setId("optimized-source");
        optimized.textProperty().bind(vm.optimizedSourceProperty().map(s -> "Optimized: " + s));
        Button pick = iconButton(null, MaterialDesignF.FILE_DOCUMENT_OUTLINE, "pick-optimized");
        pick.setTooltip(new Tooltip("Pick a second Dockerfile to build as the optimized variant"));
        pick.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Optimized Dockerfile");
            if (vm.contextProperty().get() != null) chooser.setInitialDirectory(vm.contextProperty().get().toFile());
            File f = chooser.showOpenDialog(window());
            if (f != null) vm.loadOptimized(f.toPath());
        });
        return group(optimized, pick);
    }

    private ComboBox<String> networkChoice() {
        ComboBox<String> network = new ComboBox<>();
        network.setId("build-network");
        network.getItems().setAll(BuildVariant.DEFAULT_NETWORK, "host", "none");
        network.setEditable(true);
        network.valueProperty().bindBidirectional(vm.networkProperty());
        network.setTooltip(new Tooltip("Network mode for RUN steps: default is the engine's own (as docker build);"
                + " host when the engine has no bridge network; none cuts RUN steps off the network"));
        network.setPrefWidth(100);
        return network;
    }

    private ComboBox<BackendChoice> backendChoice() {
        ComboBox<BackendChoice> backend = new ComboBox<>();
        backend.setId("build-backend");
        backend.getItems().setAll(BackendChoice.values());
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        backend.setConverter(BackendNames.brief());
        backend.setTooltip(new Tooltip("Auto builds through the Engine API, and with BuildKit (the docker CLI) only when the"
                + " Dockerfile needs it, e.g. for heredocs, RUN --mount or COPY --link"));
        return backend;
    }

    private TextField endpointField() {
        TextField endpoint = field("endpoint: auto", "", 10, "engine-endpoint");
        endpoint.setTooltip(new Tooltip("Engine endpoint, e.g. unix:///var/run/docker.sock or tcp://host:2376;"
                + " empty: DOCKER_HOST, the docker context, then the usual sockets. Enter checks it."));
        endpoint.textProperty().bindBidirectional(vm.engine().endpointProperty());
        endpoint.setOnAction(ev -> vm.engine().check());
        return endpoint;
    }

    private Node actions() {
        Button build = iconButton("Build", MaterialDesignH.HAMMER_WRENCH, "build-button");
        build.getStyleClass().add("accent");
        build.setDefaultButton(false);
        build.disableProperty().bind(vm.canBuildProperty().not());
        build.setOnAction(e -> vm.build());
        Button cancel = iconButton("Cancel", MaterialDesignS.STOP_CIRCLE_OUTLINE, "cancel-button");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        MenuButton history = new MenuButton("History", new FontIcon(MaterialDesignH.HISTORY));
        history.setId("build-history");
        history.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.runs()));
        history.setOnShowing(e -> {
            history.getItems().clear();
            for (RunHistory.Run run : vm.runs()) {
                MenuItem item = new MenuItem(run.at().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + " · "
                        + run.result().label() + " · " + io.dockwright.compare.ComparisonFormatter.human(run.result().sizeBytes()));
                item.setOnAction(ev -> vm.reopen(run));
                history.getItems().add(item);
            }
        });
        Label message = new Label();
        message.setId("build-message");
        message.getStyleClass().add("build-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {build, cancel, history}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, build, cancel, history, gap, engineBar());
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, message);
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(String prompt, String value, int columns, String id) {
        TextField f = new TextField(value);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.setId(id);
        f.setTooltip(new Tooltip(prompt));
        return f;
    }

    private static Button iconButton(String text, org.kordamp.ikonli.Ikon icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The pane whose divider the user drags between the two logs. */
    public java.util.List<SplitPane> splitPanes() { return java.util.List.of(logs); }

    public Node node() {
        return root;
    }
}

package io.dockwright.ui.prefs;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.ui.BackendNames;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Preferences dialog: General (theme, engine, builds) and Runtime bases; OK and Apply only when valid. */
public final class PreferencesDialog {
    private final PreferencesViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** {@code dark} is the window's theme: the dialog follows it (also when Apply changes it). */
    public PreferencesDialog(PreferencesViewModel vm, Window owner, String stylesheet, javafx.beans.value.ObservableValue<Boolean> dark) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("preferences-dialog");
        pane.getStylesheets().add(stylesheet);
        pane.getStyleClass().add("preferences");
        if (dark.getValue()) pane.getStyleClass().add("dark");
        javafx.beans.value.ChangeListener<Boolean> follow = (o, was, is) -> {
            pane.getStyleClass().remove("dark");
            if (is) pane.getStyleClass().add("dark");
        };
        dark.addListener(follow);
        dialog.setOnHidden(e -> dark.removeListener(follow));
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.APPLY);
        pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL, apply);
        TabPane tabs = new TabPane(new Tab("General", general()), new Tab("Runtime bases", new RuntimeBasesPane(vm).node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("preferences-tabs");
        VBox content = new VBox(10, tabs, problems());
        pane.setContent(content);
        pane.setMinSize(860, 600); // the dialog opens at its minimum size: room for the table and the hints
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.setId("preferences-ok");
        ok.disableProperty().bind(vm.validProperty().not());
        Button applyButton = (Button) pane.lookupButton(apply);
        applyButton.setId("preferences-apply");
        applyButton.disableProperty().bind(vm.validProperty().not());
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // Apply keeps the dialog open
            vm.apply();
        });
        dialog.setResultConverter(b -> {
            if (b == ButtonType.OK) vm.apply();
            return b;
        });
    }

    private Node general() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preferences-form");
        grid.setHgap(14);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = appearance(grid, 0);
        row = engine(grid, row);
        builds(grid, row);
        return grid;
    }

    /** Theme and font size; returns the next free row. */
    private int appearance(GridPane grid, int row) {
        grid.add(section("Appearance"), 0, row++, 2, 1);
        ToggleGroup theme = new ToggleGroup();
        RadioButton light = radio("Light", theme, "pref-theme-light");
        RadioButton dark = radio("Dark", theme, "pref-theme-dark");
        (vm.darkProperty().get() ? dark : light).setSelected(true);
        dark.selectedProperty().addListener((o, was, is) -> vm.darkProperty().set(is));
        grid.addRow(row++, label("Theme"), new HBox(16, light, dark));
        Spinner<Double> size = new Spinner<>(PreferenceValues.MIN_FONT_SIZE, PreferenceValues.MAX_FONT_SIZE, vm.fontSizeProperty().get(), 1);
        size.setId("pref-font-size");
        size.setPrefWidth(90);
        size.valueProperty().addListener((o, was, is) -> vm.fontSizeProperty().set(is));
        grid.addRow(row++, label("Editor font size"), size);
        return row;
    }

    /** Found automatically or a given endpoint, with the reason a given one is refused. */
    private int engine(GridPane grid, int row) {
        grid.add(section("Docker engine"), 0, row++, 2, 1);
        ToggleGroup mode = new ToggleGroup();
        RadioButton auto = radio("Find automatically (DOCKER_HOST, docker context, the usual sockets)", mode, "pref-endpoint-auto");
        RadioButton custom = radio("Use this endpoint:", mode, "pref-endpoint-custom");
        (vm.autoEndpointProperty().get() ? auto : custom).setSelected(true);
        auto.selectedProperty().addListener((o, was, is) -> vm.autoEndpointProperty().set(is));
        TextField endpoint = new TextField();
        endpoint.setId("pref-endpoint");
        endpoint.setPromptText("unix:///var/run/docker.sock or tcp://host:2376");
        endpoint.textProperty().bindBidirectional(vm.endpointProperty());
        endpoint.disableProperty().bind(auto.selectedProperty());
        endpoint.setPrefColumnCount(28);
        Label endpointProblem = hint(null);
        endpointProblem.getStyleClass().add("pref-error");
        endpointProblem.textProperty().bind(vm.endpointProblemProperty());
        endpointProblem.visibleProperty().bind(vm.endpointProblemProperty().isNotNull());
        endpointProblem.managedProperty().bind(endpointProblem.visibleProperty());
        HBox given = new HBox(8, custom, endpoint);
        given.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, label("Endpoint"), new VBox(6, auto, given, endpointProblem));
        return row;
    }

    /** The Build panel's defaults: network, order and backend. */
    private void builds(GridPane grid, int row) {
        grid.add(section("Builds"), 0, row++, 2, 1);
        ComboBox<String> network = new ComboBox<>();
        network.setId("pref-network");
        network.getItems().setAll(PreferenceValues.NETWORKS);
        network.valueProperty().bindBidirectional(vm.networkProperty());
        grid.addRow(row++, label("Network for RUN steps"), new VBox(4, network,
                hint("default is the engine's own, as docker build; host is for an engine without a bridge network;"
                        + " none cuts RUN steps off the network.")));
        ToggleGroup order = new ToggleGroup();
        RadioButton serial = radio("One after the other", order, "pref-serial");
        RadioButton both = radio("Both at once", order, "pref-parallel");
        (vm.parallelProperty().get() ? both : serial).setSelected(true);
        both.selectedProperty().addListener((o, was, is) -> vm.parallelProperty().set(is));
        grid.addRow(row++, label("Original and optimized"), new HBox(16, serial, both));
        ComboBox<BackendChoice> backend = new ComboBox<>();
        backend.setId("pref-backend");
        backend.getItems().setAll(BackendChoice.values());
        backend.setConverter(BackendNames.explained());
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        grid.addRow(row++, label("Build backend"), backend);
        grid.add(hint("These are the defaults the Build panel starts with; its own fields change only the current session."),
                0, row, 2, 1);
    }

    private Node problems() {
        Label list = new Label();
        list.setId("preferences-problems");
        list.getStyleClass().add("pref-error");
        list.setWrapText(true);
        list.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems()), vm.problems()));
        list.visibleProperty().bind(vm.validProperty().not());
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setMnemonicParsing(false);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pref-section");
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pref-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pref-hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setPrefWidth(560); // wraps instead of widening the dialog; grows with it
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Shows the dialog and waits; the preferences change only through OK or Apply. */
    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<ButtonType> dialog() { return dialog; }
}

package io.dockwright.ui.graph;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row of {@code KEY=value} fields, each removable, plus an add button; they fill the view model's list. */
final class BuildArgsEditor extends HBox {
    private final HBox fields = new HBox(6);
    private final ObservableList<String> target;

    BuildArgsEditor(ObservableList<String> target) {
        this.target = target;
        getStyleClass().add("build-args");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Label label = new Label("Build args");
        label.getStyleClass().add("toolbar-label");
        Button add = new Button(null, new FontIcon("mdi2p-plus"));
        add.getStyleClass().add("flat");
        add.setTooltip(new Tooltip("Add a --build-arg (KEY=value)"));
        add.setOnAction(e -> addField("").requestFocus());
        fields.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, fields, add);
        for (String entry : target) addField(entry);
    }

    private TextField addField(String text) {
        TextField field = new TextField(text);
        field.setPromptText("KEY=value");
        field.setPrefColumnCount(12);
        field.getStyleClass().add("build-arg-field");
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "build-arg-remove");
        HBox box = new HBox(0, field, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            fields.getChildren().remove(box);
            sync();
        });
        field.textProperty().addListener((obs, old, now) -> sync());
        fields.getChildren().add(box);
        return field;
    }

    private void sync() {
        target.setAll(fields.getChildren().stream()
                .map(n -> ((TextField) ((HBox) n).getChildren().get(0)).getText()).toList());
    }
}

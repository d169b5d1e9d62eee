package io.dockwright.ui.graph;

import io.dockwright.ui.BuildOptions;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of {@code KEY=value} fields, each removable, plus an add button: a view of the shared
 * {@link BuildOptions}' build args. Edits here go to the model; args set elsewhere (the build panel)
 * re-fill the fields.
 */
final class BuildArgsEditor extends HBox {
    private final HBox fields = new HBox(6);
    private final BuildOptions options;

    BuildArgsEditor(BuildOptions options) {
        this.options = options;
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
        refill();
        options.buildArgsProperty().addListener((o, was, now) -> {
            if (!options.holds(texts())) refill();
        });
    }

    private void refill() {
        fields.getChildren().clear();
        for (String entry : options.entries()) addField(entry);
    }

    private TextField addField(String text) {
        TextField field = new TextField(text);
        field.setPromptText("KEY=value");
        field.setPrefColumnCount(12);
        field.getStyleClass().add("build-arg-field");
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "build-arg-remove");
        remove.setTooltip(new Tooltip("Remove this build arg"));
        HBox box = new HBox(0, field, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            fields.getChildren().remove(box);
            options.setEntries(texts());
        });
        field.textProperty().addListener((obs, old, now) -> options.setEntries(texts()));
        fields.getChildren().add(box);
        return field;
    }

    private List<String> texts() {
        return fields.getChildren().stream().map(n -> ((TextField) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

}

package io.dockwright.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** A dismissable notice above the editor with a few choices (restore a crashed buffer, reload, ...). */
final class InfoBar {
    private final HBox box = new HBox();
    private final Label message = new Label();

    InfoBar() {
        box.getStyleClass().add("info-bar");
        box.setId("info-bar");
        message.setId("info-message");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        hide();
    }

    /** A choice: its label and what it does (the bar closes first). */
    record Choice(String label, String id, Runnable action) {}

    void show(String text, Choice... choices) {
        box.getChildren().setAll(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE), message);
        message.setText(text);
        for (Choice c : choices) {
            Button b = new Button(c.label());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setId(c.id());
            b.setOnAction(e -> {
                hide();
                c.action().run();
            });
            box.getChildren().add(b);
        }
        box.setVisible(true);
        box.setManaged(true);
    }

    void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }

    Node node() { return box; }
}

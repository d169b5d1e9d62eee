package io.dockwright.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's two building blocks: a titled panel and a centred placeholder (icon, title, hint). */
public final class Panels {
    private Panels() {}

    /** {@code content} under a header with {@code title} and any {@code extra} nodes; the content grows. */
    public static VBox panel(String title, Node content, Node... extra) {
        Label t = new Label(title);
        t.getStyleClass().add("panel-title");
        HBox header = new HBox(t);
        header.getChildren().addAll(extra);
        header.getStyleClass().add("panel-header");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(header, content);
        box.setMinHeight(60);
        return box;
    }

    public static Node placeholder(Ikon icon, String title, String hint) {
        Label h = new Label(hint);
        h.getStyleClass().add("placeholder-hint");
        return placeholder(icon, title, h);
    }

    /** A placeholder whose hint label the caller keeps (to change its text later). */
    public static Node placeholder(Ikon icon, String title, Label hint) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("placeholder-icon");
        Label t = new Label(title);
        t.getStyleClass().add("placeholder");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(8, i, t, hint);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("placeholder-pane");
        return pane;
    }
}

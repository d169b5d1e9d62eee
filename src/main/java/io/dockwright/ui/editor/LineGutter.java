package io.dockwright.ui.editor;

import java.util.function.IntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;

/**
 * Line numbers, right-aligned in a gutter whose width follows the number of digits of the line count and
 * the font size, so every line's text starts at the same x (RichTextFX's factory pads per paragraph).
 */
final class LineGutter implements IntFunction<Node> {
    private final DoubleProperty width = new SimpleDoubleProperty(40);
    private final CodeArea area;
    private double fontSize = 14;

    LineGutter(CodeArea area) {
        this.area = area;
        area.getParagraphs().sizeProperty().addListener((o, a, b) -> update());
        update();
    }

    void setFontSize(double size) {
        fontSize = size;
        update();
    }

    private void update() {
        int digits = Math.max(2, Integer.toString(area.getParagraphs().size()).length());
        width.set(Math.ceil(digits * fontSize * 0.62 + 26));
    }

    @Override
    public Node apply(int paragraph) {
        Label label = new Label(Integer.toString(paragraph + 1));
        label.getStyleClass().add("lineno");
        label.setAlignment(Pos.TOP_RIGHT);
        label.minWidthProperty().bind(width);
        label.prefWidthProperty().bind(width);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }
}

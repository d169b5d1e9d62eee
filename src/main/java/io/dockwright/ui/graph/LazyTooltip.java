package io.dockwright.ui.graph;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A node's tooltip, made when the pointer first enters the node and given the node's current text on every
 * entry. Making a Tooltip builds a popup window with its own scene and CSS: done eagerly for each of hundreds
 * of cards and edges, that was most of a redraw's cost.
 */
final class LazyTooltip {
    private LazyTooltip() {}

    static void attach(Node node, Supplier<String> text) {
        Tooltip[] tip = {null};
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tip[0] == null) {
                tip[0] = new Tooltip(text.get());
                Tooltip.install(node, tip[0]);
            } else {
                tip[0].setText(text.get());
            }
        });
    }
}

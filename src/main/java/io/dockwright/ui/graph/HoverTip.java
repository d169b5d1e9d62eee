package io.dockwright.ui.graph;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One tooltip shared by all the graph's nodes, made on the first hover and installed on a node when the
 * pointer enters it, with that node's current text. A Tooltip per node would build a popup window (and its
 * scene and CSS) for each of hundreds of cards and edges on every redraw.
 */
final class HoverTip {
    private Tooltip tip;

    void attach(Node node, Supplier<String> text) {
        boolean[] installed = {false};
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tip == null) tip = new Tooltip();
            tip.setText(text.get());
            if (!installed[0]) Tooltip.install(node, tip);
            installed[0] = true;
        });
    }
}

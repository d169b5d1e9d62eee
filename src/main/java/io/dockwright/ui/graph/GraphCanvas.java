package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.Box;
import io.dockwright.ui.graph.GraphLayout.StageCard;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The drawing surface: cards, image nodes and edges in graph coordinates, shown through a zoomable,
 * pannable viewport (ctrl+wheel zooms at the pointer, wheel and drag pan). Updates keep the viewport. Only
 * the parts in and around the viewport are drawn ({@link GraphNodes}), so a graph of hundreds of stages
 * costs the UI thread what its visible part costs.
 */
final class GraphCanvas extends Pane {
    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 3;

    private final Group graph = new Group();
    private final Group edges = new Group();
    private final Group nodes = new Group();
    /** The layout's full area with its padding, so the graph's bounds (and exports) include the margins. */
    private final Rectangle area = new Rectangle();
    private final Translate pan = new Translate(0, 0);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final GraphNodes drawn = new GraphNodes(edges, nodes, () -> this.dragged);
    private boolean drawAll;
    private boolean redrawQueued;
    private GraphLayout layout = GraphLayout.EMPTY;
    private double dragX;
    private double dragY;
    private boolean dragged;

    GraphCanvas() {
        getStyleClass().add("graph-canvas");
        area.setFill(javafx.scene.paint.Color.TRANSPARENT);
        area.setMouseTransparent(true);
        graph.getChildren().addAll(area, edges, nodes);
        Group content = new Group(graph);
        content.getTransforms().addAll(pan, scale);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoom.addListener((obs, old, now) -> {
            scale.setX(now.doubleValue());
            scale.setY(now.doubleValue());
        });
        // what is drawn follows the viewport: one update per event burst, after the pan and zoom changes
        javafx.beans.InvalidationListener moved = o -> {
            if (redrawQueued) return;
            redrawQueued = true;
            javafx.application.Platform.runLater(() -> {
                redrawQueued = false;
                draw();
            });
        };
        for (javafx.beans.Observable o : List.of(pan.xProperty(), pan.yProperty(), zoom, widthProperty(), heightProperty())) {
            o.addListener(moved);
        }
        setOnScroll(e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            } else {
                pan.setX(pan.getX() + e.getDeltaX());
                pan.setY(pan.getY() + e.getDeltaY());
            }
            e.consume();
        });
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            pan.setX(pan.getX() + e.getX() - dragX);
            pan.setY(pan.getY() + e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            dragged = true;
            setCursor(Cursor.MOVE);
        });
        setOnMouseReleased(e -> setCursor(Cursor.DEFAULT));
    }

    /**
     * Draws a new layout; the viewport (zoom and pan) stays as it is. Cards, edges and images already drawn
     * are kept and updated in place (keyed by stage index, edge ends and kind, image id); only those in or
     * near the viewport get nodes, the rest are drawn when panned or zoomed to.
     */
    void show(GraphLayout newLayout, IntConsumer onCardClick, CardMenus menus) {
        drawn.handlers(onCardClick, menus);
        layout = newLayout;
        area.setWidth(newLayout.width());
        area.setHeight(newLayout.height());
        draw();
    }

    /** Draws what is within half a viewport of the viewport; keeps what is drawn within a whole viewport of it. */
    private void draw() {
        drawn.draw(layout, drawAll ? null : viewBox(0.5), drawAll ? null : viewBox(1));
    }

    /** The viewport in graph coordinates, widened by {@code margin} times its size on every side. */
    private Box viewBox(double margin) {
        double z = zoom.get();
        double w = getWidth() / z;
        double h = getHeight() / z;
        return new Box(-pan.getX() / z - w * margin, -pan.getY() / z - h * margin, w * (1 + 2 * margin), h * (1 + 2 * margin));
    }

    void highlight(int index) { drawn.highlight(index); }

    /** The drawn card of a stage, null when it is not drawn (outside the viewport). */
    StageCardNode cardNode(int index) { return drawn.card(index); }

    /** Pans so that the card is inside the viewport, if it is not already. */
    void reveal(int index) {
        StageCard c = layout.card(index);
        if (c == null || getWidth() == 0) return;
        double z = zoom.get();
        Box b = c.box();
        double x = pan.getX() + b.x() * z;
        double y = pan.getY() + b.y() * z;
        if (x >= 0 && y >= 0 && x + b.width() * z <= getWidth() && y + b.height() * z <= getHeight()) return;
        pan.setX(Math.min(24, getWidth() / 2 - (b.x() + b.width() / 2) * z));
        pan.setY(Math.min(24, getHeight() / 2 - (b.y() + b.height() / 2) * z));
    }

    void zoomBy(double factor) { zoomAt(factor, getWidth() / 2, getHeight() / 2); }

    void zoomAt(double factor, double x, double y) {
        double old = zoom.get();
        double now = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        pan.setX(x - (x - pan.getX()) * now / old);
        pan.setY(y - (y - pan.getY()) * now / old);
        zoom.set(now);
    }

    /**
     * Zooms and pans so the whole graph fits (never above 100%) and keeps clear of the lower-left corner of the given
     * size (the legend's): it goes above that corner or right of it, whichever shows it bigger.
     */
    void fit(double cornerWidth, double cornerHeight) {
        if (layout.width() <= 0 || getWidth() <= 0) return;
        double above = fitZoom(getWidth(), getHeight() - cornerHeight);
        double beside = fitZoom(getWidth() - cornerWidth, getHeight());
        double left = beside > above ? cornerWidth : 0;
        double z = Math.max(above, beside);
        zoom.set(z);
        pan.setX(left + Math.max(0, (getWidth() - left - layout.width() * z) / 2));
        pan.setY(Math.max(0, (getHeight() - (left > 0 ? 0 : cornerHeight) - layout.height() * z) / 2));
    }

    private double fitZoom(double width, double height) {
        return Math.max(MIN_ZOOM, Math.min(1, Math.min(width / layout.width(), height / layout.height())));
    }

    void resetZoom() { zoomBy(1 / zoom.get()); }

    DoubleProperty zoomProperty() { return zoom; }

    /** A picture of the whole graph without viewport transforms, for export: every node is drawn for it. */
    javafx.scene.image.WritableImage snapshot(javafx.scene.SnapshotParameters params) {
        drawAll = true;
        try {
            draw();
            return graph.snapshot(params, null);
        } finally {
            drawAll = false;
            draw();
        }
    }

    GraphLayout graphLayout() { return layout; }

    /** Builds the context menu of a card. */
    interface CardMenus {
        javafx.scene.control.ContextMenu menuFor(StageCard card);
    }
}

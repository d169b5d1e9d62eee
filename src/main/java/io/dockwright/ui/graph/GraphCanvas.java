package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.GraphEdge;
import io.dockwright.ui.graph.GraphLayout.ImageNode;
import io.dockwright.ui.graph.GraphLayout.StageCard;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The drawing surface: cards, image nodes and edges in graph coordinates, shown through a zoomable,
 * pannable viewport (ctrl+wheel zooms at the pointer, wheel and drag pan). Updates keep the viewport.
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
    private final Map<Integer, StageCardNode> cards = new HashMap<>();
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

    /** Draws a new layout; the viewport (zoom and pan) stays as it is. */
    void show(GraphLayout newLayout, IntConsumer onCardClick, CardMenus menus) {
        layout = newLayout;
        area.setWidth(newLayout.width());
        area.setHeight(newLayout.height());
        cards.clear();
        edges.getChildren().clear();
        nodes.getChildren().clear();
        for (GraphEdge edge : newLayout.edges()) {
            StageCard to = newLayout.card(Integer.parseInt(edge.toId().substring(1)));
            edges.getChildren().add(new EdgeShape(edge, to != null && !to.needed()));
        }
        for (ImageNode image : newLayout.images()) nodes.getChildren().add(imageNode(image));
        for (StageCard card : newLayout.cards()) {
            StageCardNode node = new StageCardNode(card);
            node.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !dragged) onCardClick.accept(card.index());
            });
            node.setOnContextMenuRequested(e -> {
                menus.menuFor(card).show(node, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            cards.put(card.index(), node);
            nodes.getChildren().add(node);
        }
    }

    void highlight(int index) {
        cards.forEach((i, node) -> node.setHighlighted(i == index));
    }

    StageCardNode cardNode(int index) { return cards.get(index); }

    /** Pans so that the card is inside the viewport, if it is not already. */
    void reveal(int index) {
        StageCardNode node = cards.get(index);
        if (node == null || getWidth() == 0) return;
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds mine = localToScene(getBoundsInLocal());
        if (mine.contains(b)) return;
        double z = zoom.get();
        StageCard c = node.card();
        pan.setX(Math.min(24, getWidth() / 2 - (c.box().x() + c.box().width() / 2) * z));
        pan.setY(Math.min(24, getHeight() / 2 - (c.box().y() + c.box().height() / 2) * z));
    }

    void zoomBy(double factor) { zoomAt(factor, getWidth() / 2, getHeight() / 2); }

    void zoomAt(double factor, double x, double y) {
        double old = zoom.get();
        double now = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        pan.setX(x - (x - pan.getX()) * now / old);
        pan.setY(y - (y - pan.getY()) * now / old);
        zoom.set(now);
    }

    /** Zooms and pans so the whole graph fits (never above 100%). */
    void fit() {
        if (layout.width() <= 0 || getWidth() <= 0) return;
        double z = Math.max(MIN_ZOOM, Math.min(1, Math.min(getWidth() / layout.width(), getHeight() / layout.height())));
        zoom.set(z);
        pan.setX(Math.max(0, (getWidth() - layout.width() * z) / 2));
        pan.setY(Math.max(0, (getHeight() - layout.height() * z) / 2));
    }

    void resetZoom() { zoomBy(1 / zoom.get()); }

    DoubleProperty zoomProperty() { return zoom; }

    /** The graph without viewport transforms, for export. */
    Group graphNode() { return graph; }

    GraphLayout graphLayout() { return layout; }

    private static Label imageNode(ImageNode image) {
        Label label = new Label(image.image(), new FontIcon("mdi2d-docker"));
        label.getStyleClass().add("image-node");
        label.relocate(image.box().x(), image.box().y());
        label.setPrefSize(image.box().width(), image.box().height());
        label.setMinSize(image.box().width(), image.box().height());
        label.setMaxSize(image.box().width(), image.box().height());
        javafx.scene.control.Tooltip.install(label, new javafx.scene.control.Tooltip("External image " + image.image()));
        return label;
    }

    /** Builds the context menu of a card. */
    interface CardMenus {
        javafx.scene.control.ContextMenu menuFor(StageCard card);
    }
}

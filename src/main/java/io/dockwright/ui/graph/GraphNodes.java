package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.Box;
import io.dockwright.ui.graph.GraphLayout.GraphEdge;
import io.dockwright.ui.graph.GraphLayout.ImageNode;
import io.dockwright.ui.graph.GraphLayout.Point;
import io.dockwright.ui.graph.GraphLayout.StageCard;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The nodes that draw a layout: cards, image nodes and edges, with their click, context-menu and (lazily
 * made) tooltip handling. Kept across layouts by key; only items inside a given area get nodes.
 */
final class GraphNodes {
    private final BooleanSupplier dragged;
    private final NodePool<StageCard, StageCardNode> cards;
    private final NodePool<GraphEdge, EdgeShape> edges;
    private final NodePool<ImageNode, Label> images;
    private GraphLayout indexed = GraphLayout.EMPTY; // the layout cardsById was made from
    private Map<String, StageCard> cardsById = Map.of();
    private IntConsumer onCardClick = i -> { };
    private GraphCanvas.CardMenus menus;
    private int highlighted = -1;

    /** Edges go into {@code edgeLayer}, cards and images into {@code nodeLayer}; no click while {@code dragged}. */
    GraphNodes(Group edgeLayer, Group nodeLayer, BooleanSupplier dragged) {
        this.dragged = dragged;
        cards = new NodePool<>(nodeLayer.getChildren(), StageCard::index, this::newCard, StageCardNode::update);
        edges = new NodePool<>(edgeLayer.getChildren(), EdgeShape::key, this::newEdge, (shape, e) -> shape.update(e, unneeded(e)));
        images = new NodePool<>(nodeLayer.getChildren(), ImageNode::id, this::newImage, GraphNodes::updateImage);
    }

    void handlers(IntConsumer onCardClick, GraphCanvas.CardMenus menus) {
        this.onCardClick = onCardClick;
        this.menus = menus;
    }

    /**
     * Draws the parts of {@code layout} that overlap {@code area} (null: all of it), and keeps those already drawn
     * that still overlap {@code keep}.
     */
    void draw(GraphLayout layout, Box area, Box keep) {
        if (layout != indexed) { // a pan draws the same layout again
            cardsById = new HashMap<>();
            for (StageCard c : layout.cards()) cardsById.put(c.id(), c);
            indexed = layout;
        }
        edges.show(layout.edges(), e -> overlaps(area, bounds(e)), e -> overlaps(keep, bounds(e)));
        images.show(layout.images(), i -> overlaps(area, i.box()), i -> overlaps(keep, i.box()));
        cards.show(layout.cards(), c -> overlaps(area, c.box()), c -> overlaps(keep, c.box()));
        highlight(highlighted);
    }

    private static boolean overlaps(Box area, Box box) {
        return area == null || area.overlaps(box);
    }

    void highlight(int index) {
        StageCardNode was = cards.get(highlighted);
        if (was != null) was.setHighlighted(false);
        highlighted = index;
        StageCardNode now = cards.get(index);
        if (now != null) now.setHighlighted(true);
    }

    /** The drawn card of a stage, null when it is not drawn. */
    StageCardNode card(int index) { return cards.get(index); }

    private StageCardNode newCard(StageCard card) {
        StageCardNode node = new StageCardNode(card);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged.getAsBoolean()) onCardClick.accept(node.card().index());
        });
        node.setOnContextMenuRequested(e -> {
            menus.menuFor(node.card()).show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        LazyTooltip.attach(node, node::tooltip);
        return node;
    }

    private EdgeShape newEdge(GraphEdge edge) {
        EdgeShape shape = new EdgeShape(edge, unneeded(edge));
        LazyTooltip.attach(shape, shape::tooltip);
        return shape;
    }

    private boolean unneeded(GraphEdge edge) {
        StageCard to = cardsById.get(edge.toId());
        return to != null && !to.needed();
    }

    private Label newImage(ImageNode image) {
        Label label = new Label(image.image(), new FontIcon("mdi2d-docker"));
        label.getStyleClass().add("image-node");
        LazyTooltip.attach(label, () -> "External image " + label.getText());
        return label;
    }

    private static void updateImage(Label label, ImageNode image) {
        label.setText(image.image());
        label.relocate(image.box().x(), image.box().y());
        label.setPrefSize(image.box().width(), image.box().height());
        label.setMinSize(image.box().width(), image.box().height());
        label.setMaxSize(image.box().width(), image.box().height());
    }

    private static Box bounds(GraphEdge edge) {
        if (edge.points().isEmpty()) return new Box(0, 0, 0, 0);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : edge.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        // a straight horizontal or vertical edge has a zero-size box: give it some thickness
        return new Box(minX - 1, minY - 1, maxX - minX + 2, maxY - minY + 2);
    }
}

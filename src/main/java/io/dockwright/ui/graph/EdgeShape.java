package io.dockwright.ui.graph;

import io.dockwright.stages.EdgeKind;
import io.dockwright.ui.graph.GraphLayout.GraphEdge;
import io.dockwright.ui.graph.GraphLayout.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;

/**
 * An edge: a polyline through the layout's points with an arrowhead, styled by its kind. Kept across graph
 * updates (one per source, target and kind) and {@link #update updated} in place.
 */
final class EdgeShape extends Group {
    private static final double ARROW = 9;

    private final Path path = new Path();
    private final Polygon head = new Polygon();
    private GraphEdge edge;

    EdgeShape(GraphEdge edge, boolean unneeded) {
        getStyleClass().addAll("edge", "edge-" + edge.kind().jsonName());
        path.getStyleClass().add("edge-line");
        head.getStyleClass().add("edge-head");
        getChildren().addAll(path, head);
        update(edge, unneeded);
    }

    /** Identifies an edge across updates: its ends and kind. */
    static Object key(GraphEdge edge) {
        return List.of(edge.fromId(), edge.toId(), edge.kind());
    }

    void update(GraphEdge next, boolean unneeded) {
        if (unneeded != getStyleClass().contains("edge-unneeded")) {
            if (unneeded) getStyleClass().add("edge-unneeded");
            else getStyleClass().remove("edge-unneeded");
        }
        boolean moved = edge == null || !edge.points().equals(next.points());
        edge = next;
        if (moved) draw(next.points());
    }

    private void draw(List<Point> pts) {
        setVisible(pts.size() >= 2);
        if (pts.size() < 2) return;
        Point last = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double len = Math.hypot(last.x() - before.x(), last.y() - before.y());
        double ux = len == 0 ? 1 : (last.x() - before.x()) / len;
        double uy = len == 0 ? 0 : (last.y() - before.y()) / len;
        List<PathElement> elements = new ArrayList<>();
        elements.add(new MoveTo(pts.get(0).x(), pts.get(0).y()));
        for (int i = 1; i < pts.size() - 1; i++) elements.add(new LineTo(pts.get(i).x(), pts.get(i).y()));
        // stop the line at the arrow's base so dashes do not poke through the tip
        elements.add(new LineTo(last.x() - ux * ARROW, last.y() - uy * ARROW));
        path.getElements().setAll(elements);
        head.getPoints().setAll(
                last.x(), last.y(),
                last.x() - ux * ARROW - uy * ARROW / 2, last.y() - uy * ARROW + ux * ARROW / 2,
                last.x() - ux * ARROW + uy * ARROW / 2, last.y() - uy * ARROW - ux * ARROW / 2);
    }

    GraphEdge edge() { return edge; }

    /** The edge's tooltip text. */
    String tooltip() { return describe(edge); }

    static String describe(GraphEdge edge) {
        String what = edge.kind() == EdgeKind.FROM ? "FROM" : edge.kind() == EdgeKind.COPY ? "COPY --from" : "RUN --mount from";
        return what + " on line" + (edge.lines().size() > 1 ? "s " : " ")
                + edge.lines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

package io.dockwright.ui.graph;

import io.dockwright.stages.EdgeKind;
import io.dockwright.ui.graph.GraphLayout.GraphEdge;
import io.dockwright.ui.graph.GraphLayout.Point;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/** An edge: a polyline through the layout's points with an arrowhead, styled by its kind. */
final class EdgeShape extends Group {
    private static final double ARROW = 9;

    EdgeShape(GraphEdge edge, boolean unneeded) {
        getStyleClass().addAll("edge", "edge-" + edge.kind().jsonName());
        if (unneeded) getStyleClass().add("edge-unneeded");
        List<Point> pts = edge.points();
        if (pts.size() < 2) return;
        Path path = new Path();
        path.getStyleClass().add("edge-line");
        path.getElements().add(new MoveTo(pts.get(0).x(), pts.get(0).y()));
        Point last = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double len = Math.hypot(last.x() - before.x(), last.y() - before.y());
        double ux = len == 0 ? 1 : (last.x() - before.x()) / len;
        double uy = len == 0 ? 0 : (last.y() - before.y()) / len;
        for (int i = 1; i < pts.size() - 1; i++) path.getElements().add(new LineTo(pts.get(i).x(), pts.get(i).y()));
        // stop the line at the arrow's base so dashes do not poke through the tip
        path.getElements().add(new LineTo(last.x() - ux * ARROW, last.y() - uy * ARROW));
        Polygon head = new Polygon(
                last.x(), last.y(),
                last.x() - ux * ARROW - uy * ARROW / 2, last.y() - uy * ARROW + ux * ARROW / 2,
                last.x() - ux * ARROW + uy * ARROW / 2, last.y() - uy * ARROW - ux * ARROW / 2);
        head.getStyleClass().add("edge-head");
        getChildren().addAll(path, head);
        Tooltip.install(this, new Tooltip(describe(edge)));
    }

    static String describe(GraphEdge edge) {
        String what = edge.kind() == EdgeKind.FROM ? "FROM" : edge.kind() == EdgeKind.COPY ? "COPY --from" : "RUN --mount from";
        return what + " on line" + (edge.lines().size() > 1 ? "s " : " ")
                + edge.lines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

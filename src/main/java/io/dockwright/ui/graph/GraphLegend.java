package io.dockwright.ui.graph;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/** What the line styles and node shapes mean. */
final class GraphLegend extends VBox {
    GraphLegend() {
        getStyleClass().add("graph-legend");
        setSpacing(3);
        getChildren().addAll(
                row(line("from"), "FROM stage / image"),
                row(line("copy"), "COPY --from"),
                row(line("mount"), "RUN --mount from"),
                row(swatch("legend-image"), "external image"),
                row(swatch("legend-target"), "build target"),
                row(swatch("legend-unneeded"), "not needed by target"));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    private static HBox row(Node sample, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-text");
        HBox row = new HBox(8, sample, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node line(String kind) {
        Line line = new Line(0, 0, 28, 0);
        line.getStyleClass().add("edge-line");
        Group g = new Group(line);
        g.getStyleClass().addAll("edge", "edge-" + kind);
        return g;
    }

    private static Node swatch(String style) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", style);
        r.setMinSize(28, 12);
        r.setPrefSize(28, 12);
        return r;
    }
}

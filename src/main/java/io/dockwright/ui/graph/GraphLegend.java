package io.dockwright.ui.graph;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the line styles and node shapes mean, in the lower-left corner of the graph's panel. Shown as its
 * {@link LegendViewModel} says: collapsed (the {@code :collapsed} pseudo-class) in a panel too small for it, hidden
 * and shown with the toolbar button {@link #toggle()}.
 */
final class GraphLegend extends VBox {
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    private static final double MARGIN = 10;
    private final LegendViewModel state;

    /** A legend over {@code panel}, whose size decides whether there is room for it. */
    GraphLegend(LegendViewModel state, Region panel) {
        this.state = state;
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
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        StackPane.setMargin(this, new Insets(MARGIN));
        pseudoClassStateChanged(COLLAPSED, !state.shownProperty().get());
        state.shownProperty().addListener((o, was, shown) -> pseudoClassStateChanged(COLLAPSED, !shown));
        InvalidationListener resized = o -> state.resized(panel.getWidth(), panel.getHeight(), prefWidth(-1), prefHeight(-1));
        panel.widthProperty().addListener(resized);
        panel.heightProperty().addListener(resized);
        layoutBoundsProperty().addListener(resized);
    }

    /** The toolbar button that hides and shows the legend. */
    ToggleButton toggle() {
        ToggleButton b = new ToggleButton(null, new FontIcon("mdi2m-map-legend"));
        b.setId("graph-legend-toggle");
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip("Show or hide the legend"));
        b.setSelected(state.shownProperty().get());
        state.shownProperty().addListener((o, was, shown) -> b.setSelected(shown));
        b.setOnAction(e -> {
            state.toggle();
            b.setSelected(state.shownProperty().get());
        });
        return b;
    }

    /**
     * The lower-left corner of the panel the legend takes with its margins while shown; none while it is not, or
     * while a stylesheet hides it (the Optimize page's small graphs).
     */
    Dimension2D corner() {
        if (!state.shownProperty().get() || !isVisible()) return new Dimension2D(0, 0);
        return new Dimension2D(prefWidth(-1) + 2 * MARGIN, prefHeight(-1) + 2 * MARGIN);
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

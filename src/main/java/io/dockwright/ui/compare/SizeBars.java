package io.dockwright.ui.compare;

import io.dockwright.compare.Comparison;
import io.dockwright.engine.images.ByteUnits;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Two large horizontal bars, the original's and the optimized image's size as the engine reports it, to scale. */
final class SizeBars {
    private final GridPane grid = new GridPane();
    private final Bar original = new Bar("compare-bar-original", "size-bar-original");
    private final Bar optimized = new Bar("compare-bar-optimized", "size-bar-optimized");
    private final Label originalSize = sizeLabel("compare-size-original");
    private final Label optimizedSize = sizeLabel("compare-size-optimized");

    SizeBars() {
        grid.getStyleClass().add("size-bars");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(80);
        ColumnConstraints size = new ColumnConstraints();
        size.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(name, bar, size);
        grid.addRow(0, variant("original"), original, originalSize);
        grid.addRow(1, variant("optimized"), optimized, optimizedSize);
    }

    private static Label variant(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("size-bar-name");
        return l;
    }

    private static Label sizeLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("size-bar-value");
        return l;
    }

    void show(Comparison c) {
        long a = c == null ? 0 : c.original().sizeBytes();
        long b = c == null ? 0 : c.optimized().sizeBytes();
        long max = Math.max(1, Math.max(a, b));
        original.setShare((double) a / max);
        optimized.setShare((double) b / max);
        originalSize.setText(c == null ? "" : ByteUnits.human(a));
        optimizedSize.setText(c == null ? "" : ByteUnits.human(b));
    }

    Node node() { return grid; }

    /** A track with a filled part {@code share} of its width. */
    static final class Bar extends Region {
        private final Region fill = new Region();
        private double share;

        Bar(String id, String style) {
            setId(id);
            getStyleClass().add("size-bar-track");
            fill.getStyleClass().addAll("size-bar", style);
            getChildren().add(fill);
            setMinHeight(26);
            setPrefHeight(30);
            GridPane.setFillWidth(this, true);
            GridPane.setHalignment(this, javafx.geometry.HPos.LEFT);
            GridPane.setValignment(this, javafx.geometry.VPos.CENTER);
            setMaxWidth(Double.MAX_VALUE);
        }

        void setShare(double s) {
            share = Math.max(0, Math.min(1, s));
            requestLayout();
        }

        /** The filled share of the track, 0..1 (the sizes' ratio to the larger one). */
        double share() { return share; }

        /** The filled width in pixels (for tests). */
        double fillWidth() { return fill.getWidth(); }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(share > 0 ? 2 : 0, w * share),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }
}

package io.dockwright.ui.optimize;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The graphic of one diff line: the line number in the gutter, a band across the whole row coloured by the
 * line's kind, and hatched filler rows where the other side has lines this one lacks. It is drawn behind the
 * text (the row's height comes from the paragraph's padding class, see {@link DiffDecorator}).
 */
final class DiffLine extends Region {
    private final int line;
    private final Label number;
    private final Region band = new Region();
    private final Region top = new Region();
    private final Region bottom = new Region();
    private final int topRows;
    private final int bottomRows;
    private final double lineHeight;
    private final double gutterWidth;
    private final ObservableDoubleValue rowWidth;

    DiffLine(int line, DiffRows.Kind kind, int topRows, int bottomRows, double lineHeight, double gutterWidth,
             ObservableDoubleValue rowWidth) {
        this.line = line;
        this.topRows = topRows;
        this.bottomRows = bottomRows;
        this.lineHeight = lineHeight;
        this.gutterWidth = gutterWidth;
        this.rowWidth = rowWidth;
        number = new Label(Integer.toString(line));
        number.getStyleClass().addAll("lineno", "diff-lineno-" + css(kind));
        band.getStyleClass().addAll("diff-band", "diff-" + css(kind));
        top.getStyleClass().add("diff-filler");
        bottom.getStyleClass().add("diff-filler");
        for (Region r : new Region[] {band, top, bottom, number}) r.setManaged(false);
        getChildren().addAll(band, top, bottom, number);
        getStyleClass().add("diff-line");
        rowWidth.addListener((o, a, b) -> requestLayout());
        // behind the text, which the paragraph box adds first
        parentProperty().addListener((o, was, parent) -> {
            if (parent != null) toBack();
        });
    }

    /** The line (1-based) whose row this is. */
    int line() { return line; }

    static String css(DiffRows.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    protected double computePrefWidth(double height) { return gutterWidth; }

    @Override
    protected double computeMinWidth(double height) { return gutterWidth; }

    @Override
    protected void layoutChildren() {
        double w = Math.max(rowWidth.get(), gutterWidth);
        double y = topRows * lineHeight;
        top.resizeRelocate(0, 0, w, y);
        band.resizeRelocate(0, y, w, lineHeight);
        number.resizeRelocate(0, y, gutterWidth, lineHeight);
        bottom.resizeRelocate(0, y + lineHeight, w, bottomRows * lineHeight);
    }
}

package io.dockwright.ui.graph;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the graph's legend is shown. The user toggles it from the toolbar; while the graph panel is too small
 * for it (less than {@link #ROOM} legends wide or high) it collapses by itself, and comes back when there is room
 * again unless the user closed it. Opened on request in a small panel it stays open; once the panel has room and
 * shrinks again, it collapses again.
 */
public final class LegendViewModel {
    /** How many legends must fit across and down the panel for the legend to show by itself. */
    static final double ROOM = 2.5;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private boolean wanted = true;
    private boolean roomy = true;
    private boolean forced;

    /** The panel or the legend changed size. */
    public void resized(double width, double height, double legendWidth, double legendHeight) {
        roomy = width >= ROOM * legendWidth && height >= ROOM * legendHeight;
        if (roomy) forced = false;
        update();
    }

    /** The toolbar's legend button: hides a shown legend, shows a hidden one (even in a small panel). */
    public void toggle() {
        wanted = !shown.get();
        forced = wanted && !roomy;
        update();
    }

    /** Whether the user closed the legend with the toolbar button; collapsing by itself in a small panel is not that. */
    public boolean userHidden() { return !wanted; }

    /** The user's choice from an earlier session: a hidden legend stays hidden until the toolbar button shows it. */
    public void setUserHidden(boolean hidden) {
        wanted = !hidden;
        forced = false;
        update();
    }

    private void update() {
        shown.set(wanted && (roomy || forced));
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
}

package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The legend's shown state: the user's toggle, and collapsing by itself in a panel too small for it. */
class LegendViewModelTest {
    private static final double LEGEND_W = 180;
    private static final double LEGEND_H = 120;
    private final LegendViewModel legend = new LegendViewModel();

    private void panel(double width, double height) {
        legend.resized(width, height, LEGEND_W, LEGEND_H);
    }

    private boolean shown() { return legend.shownProperty().get(); }

    @Test
    void showsInARoomyPanelAndCollapsesInASmallOne() {
        panel(600, 430);
        assertTrue(shown());
        panel(600, 190); // too low: less than 2.5 legends high
        assertFalse(shown());
        panel(400, 430); // too narrow
        assertFalse(shown());
        panel(LEGEND_W * LegendViewModel.ROOM, LEGEND_H * LegendViewModel.ROOM);
        assertTrue(shown(), "back by itself when there is room again");
    }

    @Test
    void theUsersChoiceHoldsWhileThePanelChanges() {
        panel(600, 430);
        legend.toggle();
        assertFalse(shown());
        panel(900, 700);
        assertFalse(shown(), "a closed legend stays closed, however big the panel");
        legend.toggle();
        assertTrue(shown());
    }

    @Test
    void openedInASmallPanelItStaysUntilThePanelHadRoomAndShrankAgain() {
        panel(600, 190);
        assertFalse(shown());
        legend.toggle();
        assertTrue(shown(), "the user asked for it");
        panel(500, 150);
        assertTrue(shown());
        panel(600, 430);
        assertTrue(shown());
        panel(600, 190);
        assertFalse(shown(), "collapses by itself again");
        legend.toggle();
        legend.toggle();
        assertFalse(shown(), "and closes on request");
        panel(600, 430);
        assertFalse(shown());
    }

    @Test
    void onlyTheUsersChoiceIsRememberedNotCollapsingInASmallPanel() {
        panel(600, 190);
        assertFalse(shown());
        assertFalse(legend.userHidden(), "collapsed by itself: not the user's choice");
        panel(600, 430);
        legend.toggle();
        assertTrue(legend.userHidden());
        legend.toggle();
        assertFalse(legend.userHidden());
    }

    @Test
    void aLegendHiddenInAnEarlierSessionStaysHiddenUntilTheButtonShowsIt() {
        legend.setUserHidden(true);
        panel(900, 700);
        assertFalse(shown(), "hidden however big the panel");
        assertTrue(legend.userHidden());
        legend.toggle();
        assertTrue(shown());
        legend.setUserHidden(false);
        panel(600, 190);
        assertFalse(shown(), "not hidden by the user, it still collapses in a small panel");
        panel(600, 430);
        assertTrue(shown());
    }
}

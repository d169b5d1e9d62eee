package io.dockwright.ui.optimize;

import io.dockwright.ui.editor.EditorView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.BoundingBox;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * Keeps the two sides of the diff scrolled row by row: whatever scrolls one side (wheel, scroll bar, caret keys)
 * scrolls the other so the same diff row is at the top. Only the side the user last touched leads, so the
 * follower's own layout passes (whose estimates differ briefly) never feed back.
 */
final class ScrollSync {
    private final CodeArea left;
    private final CodeArea right;
    private final DiffDecorator leftDiff;
    private final DiffDecorator rightDiff;
    private final Supplier<DiffRows> diff;
    private CodeArea lead;
    private boolean following;
    private BooleanBinding wideBars; // held: a binding only its listener refers to could be collected

    ScrollSync(EditorView left, DiffDecorator leftDiff, EditorView right, DiffDecorator rightDiff, Supplier<DiffRows> diff) {
        this.left = left.area();
        this.right = right.area();
        this.leftDiff = leftDiff;
        this.rightDiff = rightDiff;
        this.diff = diff;
        listen(left, this.right);
        listen(right, this.left);
        sameHorizontalBars();
    }

    /** Makes {@code area} lead and scrolls the other side after it once the current pulse is over. */
    void leadWith(CodeArea area) {
        lead = area;
        Platform.runLater(() -> follow(area, other(area)));
    }

    private CodeArea other(CodeArea area) { return area == left ? right : left; }

    private void listen(EditorView side, CodeArea to) {
        CodeArea area = side.area();
        EventHandler<Event> touched = e -> lead = area;
        for (EventType<? extends Event> t : List.of(MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL, KeyEvent.KEY_PRESSED)) {
            side.node().addEventFilter(t, touched);
        }
        area.estimatedScrollYProperty().addListener((o, was, y) -> {
            if (lead == area) Platform.runLater(() -> follow(area, to));
        });
        // this side's rows changed height while it follows (its fillers come with the diff, after the other side's
        // edit scrolled): line it up again; not for the height changes of its own placing
        area.totalHeightEstimateProperty().addListener((o, was, h) -> {
            CodeArea by = lead;
            if (by != null && by != area && !following) Platform.runLater(() -> {
                if (lead == by) follow(by, area);
            });
        });
    }

    /**
     * Both sides show a horizontal scroll bar when either needs one: with viewports of one height, both sides
     * scrolled to their ends show the same last row (rows padded to equal totals).
     */
    private void sameHorizontalBars() {
        BooleanBinding wide = Bindings.createBooleanBinding(() -> wide(left) || wide(right), left.totalWidthEstimateProperty(),
                left.widthProperty(), right.totalWidthEstimateProperty(), right.widthProperty());
        wide.addListener((o, was, now) -> horizontalBars(now));
        horizontalBars(wide.get());
        wideBars = wide;
    }

    private void horizontalBars(boolean always) {
        for (CodeArea a : List.of(left, right)) pane(a).setHbarPolicy(always ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.AS_NEEDED);
    }

    private static boolean wide(CodeArea a) { return a.getTotalWidthEstimate() > a.getWidth(); }

    private static VirtualizedScrollPane<?> pane(CodeArea a) {
        return (VirtualizedScrollPane<?>) a.getParent();
    }

    /**
     * Scrolls {@code follower} so the row at the top of {@code lead} is at its top too: in rows from the diff (the
     * areas' own scroll estimates differ: they average the padded and plain paragraphs they laid out), then exactly,
     * on a line both sides show. Positions come from the laid-out boxes (not cut off at the viewport's edge), and the
     * follower is placed by paragraph and offset: its scrollYBy would go by its estimates, clamped to them.
     */
    private void follow(CodeArea lead, CodeArea follower) {
        following = true;
        try {
            align(lead, follower);
        } finally {
            following = false;
        }
    }

    private void align(CodeArea lead, CodeArea follower) {
        lead.layout(); // a scroll bar's value reaches the estimate at once, the cells in the next layout pass
        DiffRows d = diff.get();
        boolean fromLeft = lead == left;
        DiffRows.Side ls = fromLeft ? d.left() : d.right();
        DiffRows.Side fs = fromLeft ? d.right() : d.left();
        DiffDecorator ld = fromLeft ? leftDiff : rightDiff;
        DiffDecorator fd = fromLeft ? rightDiff : leftDiff;
        double h = ld.lineHeight();
        if (h <= 0 || lead.getVisibleParagraphs().isEmpty() || follower.getParagraphs().isEmpty()) return;
        int first = lead.firstVisibleParToAllParIndex();
        Double top = ld.boxTops().get(first);
        if (top == null) return;
        double row = DiffDecorator.rowTop(ls, first) + (viewportTop(lead) - top) / h;
        int target = DiffDecorator.paragraphAtRow(fs, follower.getParagraphs().size(), row);
        double offset = (row - DiffDecorator.rowTop(fs, target)) * h;
        showAtTop(follower, target, offset);
        Map<Integer, Double> leadTops = ld.boxTops();
        Map<Integer, Double> followerTops = fd.boxTops();
        for (DiffRows.Row r : d.rows()) {
            // a line on both sides, not the first (its box starts with any filler rows above it)
            int l = (fromLeft ? r.left() : r.right()) - 1, f = (fromLeft ? r.right() : r.left()) - 1;
            if (l < 1 || f < 1 || lead.allParToVisibleParIndex(l).isEmpty() || follower.allParToVisibleParIndex(f).isEmpty()) continue;
            Double ly = leadTops.get(l), fy = followerTops.get(f);
            if (ly == null || fy == null) continue;
            if (Math.abs(fy - ly) > 0.5) showAtTop(follower, target, offset + fy - ly);
            return;
        }
    }

    /** Scrolls {@code area} so the point {@code offset} below the top of paragraph {@code p}'s box is at the viewport's top. */
    private static void showAtTop(CodeArea area, int p, double offset) {
        // a region exactly as tall as the viewport is shown by putting its top at the viewport's top
        area.showParagraphRegion(p, new BoundingBox(0, offset, 1, area.getViewportHeight()));
        area.layout();
    }

    private static double viewportTop(CodeArea area) {
        return area.localToScreen(0, area.getInsets().getTop()).getY();
    }
}

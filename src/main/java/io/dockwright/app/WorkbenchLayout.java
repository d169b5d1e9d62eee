package io.dockwright.app;

import io.dockwright.ui.graph.LegendViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the window's layout across restarts ({@link LayoutState}, read once at start, written at shutdown). A split
 * pane gets its saved dividers when it is first laid out at a real size: set while it is still 0 wide, its skin would
 * squeeze them against its items' minimum sizes. Panes not shown this session keep what was saved before.
 */
final class WorkbenchLayout {
    private final Path file;
    private final LayoutState state;
    private final Map<String, SplitPane> sized = new LinkedHashMap<>(); // restored panes: their dividers are the user's
    private LegendViewModel legend;

    WorkbenchLayout(Path file) {
        this.file = file;
        this.state = LayoutState.read(file);
    }

    /** Restores each pane's dividers (kept by the pane's id) once it has its size, and remembers them at {@link #save}. */
    void keep(List<SplitPane> panes) {
        for (SplitPane pane : panes) {
            String id = Objects.requireNonNull(pane.getId(), "a kept split pane needs an id");
            if (hasSize(pane)) {
                restore(id, pane);
                continue;
            }
            InvalidationListener firstSize = new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (!hasSize(pane)) return;
                    pane.widthProperty().removeListener(this);
                    pane.heightProperty().removeListener(this);
                    restore(id, pane);
                }
            };
            pane.widthProperty().addListener(firstSize);
            pane.heightProperty().addListener(firstSize);
        }
    }

    private static boolean hasSize(SplitPane pane) {
        return pane.getWidth() > 0 && pane.getHeight() > 0;
    }

    private void restore(String id, SplitPane pane) {
        sized.put(id, pane);
        double[] saved = state.dividers(id).filter(d -> d.length == pane.getDividers().size()).orElse(null);
        if (saved == null) return;
        // set before the pane lays out its items at this size (its parent resizes it first), so this is what it shows
        pane.setDividerPositions(saved);
        if (pane.getScene() != null) holdUntilTouched(pane, saved);
    }

    /**
     * Keeps the saved positions while the window settles, until the user first presses a key or a mouse button in it.
     * A window reopened maximized is laid out at its normal size first; when it grows, a pane's item that keeps its
     * size (the Problems list) would otherwise come back smaller with every maximized restart. Put back right after
     * the layout pass that resized the pane, and laid out again at once, so no frame shows the squeezed panels.
     */
    private static void holdUntilTouched(SplitPane pane, double[] saved) {
        Scene scene = pane.getScene();
        Runnable hold = new Runnable() {
            private double width = pane.getWidth();
            private double height = pane.getHeight();

            @Override
            public void run() {
                if (pane.getWidth() == width && pane.getHeight() == height || !hasSize(pane)) return;
                width = pane.getWidth();
                height = pane.getHeight();
                pane.setDividerPositions(saved);
                pane.layout();
            }
        };
        scene.addPostLayoutPulseListener(hold);
        EventHandler<InputEvent> touched = new EventHandler<>() {
            @Override
            public void handle(InputEvent e) {
                scene.removePostLayoutPulseListener(hold);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
            }
        };
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, touched);
    }

    /** Hides the legend if the user had hidden it; its state is saved with the dividers. */
    void keep(LegendViewModel legend) {
        this.legend = legend;
        legend.setUserHidden(state.legendHidden());
    }

    void save() throws IOException {
        sized.forEach((id, pane) -> state.setDividers(id, pane.getDividerPositions()));
        if (legend != null) state.setLegendHidden(legend.userHidden());
        state.save(file);
    }
}

package io.dockwright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window opens where the user left it: position, size and whether it was maximized, kept in a small properties
 * file. Saved bounds that no longer touch a screen (a monitor was unplugged) give way to the default size, centred on
 * the primary screen; an unreadable file counts as no file. Nothing here is worth a dialog: the window just opens.
 */
final class WindowPlacement {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    private static final double TITLE_BAR = 40; // how much of the window's top must be on a screen to grab it
    // a window manager may report a maximized (or minimized) window's new bounds just before its new state
    private static final long SETTLE_NANOS = 500_000_000L;
    private final Path file;
    private Rectangle2D normal; // the last bounds while neither maximized nor iconified
    private Rectangle2D beforeLastChanges; // normal before the latest quick succession of changes
    private long lastChange;

    WindowPlacement(Path file) {
        this.file = file;
    }

    /** Sizes and places {@code stage} before it is first shown, and follows its bounds from then on. */
    void apply(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<Saved> saved = read();
        Rectangle2D bounds = saved.flatMap(s -> onAScreen(s.bounds()))
                .orElseGet(() -> centred(screen, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight())));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(saved.map(Saved::maximized).orElse(false));
        normal = bounds;
        beforeLastChanges = bounds;
        lastChange = System.nanoTime() - 2 * SETTLE_NANOS;
        Runnable follow = () -> {
            if (stage.isMaximized() || stage.isIconified() || !stage.isShowing()) return;
            long now = System.nanoTime();
            if (now - lastChange > SETTLE_NANOS) beforeLastChanges = normal;
            lastChange = now;
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        };
        stage.xProperty().addListener((o, was, is) -> follow.run());
        stage.yProperty().addListener((o, was, is) -> follow.run());
        stage.widthProperty().addListener((o, was, is) -> follow.run());
        stage.heightProperty().addListener((o, was, is) -> follow.run());
        ChangeListener<Boolean> leftNormal = (o, was, is) -> {
            if (is && System.nanoTime() - lastChange < SETTLE_NANOS) normal = beforeLastChanges;
        };
        stage.maximizedProperty().addListener(leftNormal);
        stage.iconifiedProperty().addListener(leftNormal);
    }

    /** Remembers the window's last normal bounds and whether it is maximized. */
    void save(Stage stage) throws IOException {
        if (normal == null) return;
        Properties p = new Properties();
        p.setProperty("x", Double.toString(normal.getMinX()));
        p.setProperty("y", Double.toString(normal.getMinY()));
        p.setProperty("width", Double.toString(normal.getWidth()));
        p.setProperty("height", Double.toString(normal.getHeight()));
        p.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        PropertiesFile.store(file, p, "Dockwright window placement");
    }

    private Optional<Saved> read() {
        return PropertiesFile.load(file).flatMap(p -> {
            try {
                double w = Double.parseDouble(p.getProperty("width"));
                double h = Double.parseDouble(p.getProperty("height"));
                double x = Double.parseDouble(p.getProperty("x"));
                double y = Double.parseDouble(p.getProperty("y"));
                if (!(w > 0 && h > 0) || !Double.isFinite(x + y + w + h)) return Optional.empty();
                return Optional.of(new Saved(new Rectangle2D(x, y, w, h), Boolean.parseBoolean(p.getProperty("maximized"))));
            } catch (RuntimeException e) { // hand-edited: the default placement
                LOG.info("{} has an unusable value ({}); the window opens at the default place", file, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * The saved bounds if the window's top edge (where its title bar is) is on a screen, made to fit that screen;
     * empty if the window would open out of reach.
     */
    private static Optional<Rectangle2D> onAScreen(Rectangle2D b) {
        Rectangle2D top = new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), Math.min(b.getHeight(), TITLE_BAR));
        return Screen.getScreensForRectangle(top).stream().map(Screen::getVisualBounds) // the screen with most of it
                .max(Comparator.comparingDouble(vb -> overlap(vb, b))).map(vb -> {
            double w = Math.min(b.getWidth(), vb.getWidth());
            double h = Math.min(b.getHeight(), vb.getHeight());
            double x = Math.max(vb.getMinX() - w + TITLE_BAR, Math.min(b.getMinX(), vb.getMaxX() - TITLE_BAR));
            double y = Math.max(vb.getMinY(), Math.min(b.getMinY(), vb.getMaxY() - TITLE_BAR));
            return new Rectangle2D(x, y, w, h);
        });
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    private static Rectangle2D centred(Rectangle2D screen, double w, double h) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    private record Saved(Rectangle2D bounds, boolean maximized) { }
}

package io.dockwright.app;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application icon (rendered from {@code assets/icons/dockwright.svg}) as classpath PNGs:
 * {@link #applyTo(Stage)} for windows and dialogs, {@link #logo(double)} for the About box. Each size is decoded
 * when first asked for (the window's icons after its first frame, the logo when a page or dialog shows it).
 */
public final class AppIcons {
    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    /** The sizes shipped under {@code /io/dockwright/icons/}. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private static final String FOLDER = "/io/dockwright/icons/";

    private final Map<Integer, Image> decoded = new HashMap<>();

    /** Every size found on the classpath, smallest first (what {@code Stage.getIcons()} wants). */
    public List<Image> images() {
        return SIZES.stream().map(this::image).filter(Objects::nonNull).toList();
    }

    /** Gives the window its icon, so the desktop picks the best size for title bar, task bar and switcher. */
    public void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** The logo for a dialog graphic, drawn from the nearest larger PNG; an empty view if none is found. */
    public ImageView logo(double size) {
        Image best = null;
        for (int s : SIZES) {
            Image image = image(s);
            if (image == null) continue;
            best = image;
            if (image.getWidth() >= size) break;
        }
        ImageView view = new ImageView(best);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }

    private Image image(int size) {
        return decoded.computeIfAbsent(size, AppIcons::load);
    }

    private static Image load(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "dockwright-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot read the {} px application icon", size, e);
            return null;
        }
    }
}

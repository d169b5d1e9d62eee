package io.dockwright.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light/dark theme: AtlantaFX Primer as the user-agent stylesheet, plus the app's stylesheet whose
 * palette switches on the {@code dark} style class of the scene root.
 */
public final class ThemeManager {
    public static final String STYLESHEET = "/io/dockwright/ui/dockwright.css";
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private Scene scene;

    /**
     * Sets the theme's user-agent stylesheet at once: made before the first control, the window is styled once, not
     * with JavaFX's Modena (or the other theme) first. {@link #install} sets the same one again, which costs nothing.
     */
    public ThemeManager(boolean dark) {
        this.dark.set(dark);
        Application.setUserAgentStylesheet(userAgentStylesheet(dark));
        this.dark.addListener((o, was, is) -> apply());
    }

    public void install(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(ThemeManager.class.getResource(STYLESHEET).toExternalForm());
        apply();
    }

    /** Called with the new value whenever the theme changes (and once now). */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        listener.accept(dark.get());
    }

    /** The AtlantaFX user-agent stylesheet of the light or dark theme. */
    private static String userAgentStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    private void apply() {
        boolean d = dark.get();
        Application.setUserAgentStylesheet(userAgentStylesheet(d));
        if (scene != null) {
            scene.getRoot().getStyleClass().remove("dark");
            if (d) scene.getRoot().getStyleClass().add("dark");
        }
        listeners.forEach(l -> l.accept(d));
    }

    public BooleanProperty darkProperty() { return dark; }
}

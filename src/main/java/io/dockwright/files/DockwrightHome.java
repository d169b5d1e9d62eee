package io.dockwright.files;

import java.nio.file.Path;

/** The per-user folder Dockwright keeps its state and log in: {@code -Ddockwright.home=DIR}, else {@code ~/.dockwright}. */
public final class DockwrightHome {
    private DockwrightHome() {}

    public static Path resolve() {
        String override = System.getProperty("dockwright.home");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".dockwright");
    }
}

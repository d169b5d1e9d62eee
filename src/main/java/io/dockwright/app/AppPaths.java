package io.dockwright.app;

import io.dockwright.files.DockwrightHome;
import io.dockwright.logging.LogSettings;
import java.nio.file.Path;

/** Where the app keeps per-user state, under one home folder ({@code ~/.dockwright} unless injected). */
public record AppPaths(Path home) {
    public static AppPaths userDefault() {
        return new AppPaths(DockwrightHome.resolve());
    }

    /** The settings of earlier versions (theme, font size); read once to migrate. */
    public Path settings() { return home.resolve("settings.properties"); }

    public Path preferences() { return home.resolve("preferences.json"); }

    /** Where the window was and how big, as the user left it. */
    public Path window() { return home.resolve("window.properties"); }

    /** The panels' divider positions and the graph legend, as the user left them. */
    public Path layout() { return home.resolve("layout.properties"); }

    public Path recentFiles() { return home.resolve("recent-files.txt"); }

    public Path recovery() { return home.resolve("recovery"); }

    public Path examples() { return home.resolve("examples"); }

    public Path runHistory() { return home.resolve("runs"); }

    /** The log ({@code logs/dockwright.log}, rotated beside it). */
    public Path log() { return LogSettings.fileUnder(home); }
}

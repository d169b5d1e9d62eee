package io.dockwright.ui;

import io.dockwright.engine.builds.BackendChoice;
import javafx.util.StringConverter;

/** How the build backends read in the Build panel (short) and in Preferences (with what each means). */
public final class BackendNames extends StringConverter<BackendChoice> {
    private final boolean explained;

    private BackendNames(boolean explained) {
        this.explained = explained;
    }

    /** "Auto", "Engine API", "BuildKit": for the Build panel's row of options. */
    public static BackendNames brief() {
        return new BackendNames(false);
    }

    /** The names with what each means, for Preferences. */
    public static BackendNames explained() {
        return new BackendNames(true);
    }

    @Override
    public String toString(BackendChoice b) {
        if (b == null) return "";
        return switch (b) {
            case AUTO -> explained ? "Automatic (BuildKit only when the Dockerfile needs it)" : "Auto";
            case ENGINE_API -> explained ? "Engine API (docker-java)" : "Engine API";
            case BUILDKIT_CLI -> explained ? "BuildKit (docker CLI)" : "BuildKit";
        };
    }

    @Override
    public BackendChoice fromString(String s) {
        for (BackendChoice b : BackendChoice.values()) if (toString(b).equals(s)) return b;
        return null;
    }
}

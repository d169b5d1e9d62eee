package io.dockwright.ui.prefs;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildVariant;
import java.util.List;

/**
 * One user's preferences, immutable: theme, editor font size, the engine endpoint (blank: find it), the build
 * options the build panel starts with, and the user's runtime-base rules (overrides and additions to the bundled table).
 */
public record PreferenceValues(boolean darkTheme, double fontSize, String engineEndpoint, String network,
                               boolean parallelBuilds, BackendChoice backend, List<BaseRule> baseRules) {
    /**
     * The build network modes offered. {@code default} (the default) is the engine's own, what {@code docker build}
     * uses; {@code host} is for engines without a bridge network; {@code none} cuts RUN steps off the network.
     */
    public static final List<String> NETWORKS = List.of(BuildVariant.DEFAULT_NETWORK, "host", "none");
    public static final double DEFAULT_FONT_SIZE = 14;
    public static final double MIN_FONT_SIZE = 8;
    public static final double MAX_FONT_SIZE = 48;

    public PreferenceValues {
        engineEndpoint = engineEndpoint == null ? "" : engineEndpoint.strip();
        network = network == null ? BuildVariant.DEFAULT_NETWORK : network;
        backend = backend == null ? BackendChoice.AUTO : backend;
        baseRules = baseRules == null ? List.of() : List.copyOf(baseRules);
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
    }

    public static PreferenceValues defaults() {
        return new PreferenceValues(false, DEFAULT_FONT_SIZE, "", BuildVariant.DEFAULT_NETWORK, false, BackendChoice.AUTO, List.of());
    }

    public PreferenceValues withDarkTheme(boolean dark) {
        return new PreferenceValues(dark, fontSize, engineEndpoint, network, parallelBuilds, backend, baseRules);
    }

    public PreferenceValues withFontSize(double size) {
        return new PreferenceValues(darkTheme, size, engineEndpoint, network, parallelBuilds, backend, baseRules);
    }
}

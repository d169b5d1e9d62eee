package io.dockwright.app;

import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.prefs.PreferenceValues;
import io.dockwright.ui.prefs.Preferences;
import io.dockwright.ui.prefs.PreferencesDialog;
import io.dockwright.ui.prefs.PreferencesViewModel;
import java.util.Objects;
import javafx.stage.Stage;

/**
 * Makes the preferences take effect: the theme (both ways with View > Dark Theme), and the build panel's
 * starting options and engine endpoint (a change re-checks the engine). Opens the Preferences dialog.
 */
final class PreferencesWiring {
    private final Stage stage;
    private final Preferences prefs;
    private final ThemeManager theme;
    private final BuildViewModel build;

    PreferencesWiring(Stage stage, Preferences prefs, ThemeManager theme, BuildViewModel build) {
        this.stage = stage;
        this.prefs = prefs;
        this.theme = theme;
        this.build = build;
        applyBuild(null, prefs.get());
        prefs.valuesProperty().addListener((o, was, is) -> {
            theme.darkProperty().set(is.darkTheme());
            applyBuild(was, is);
        });
        theme.darkProperty().addListener((o, was, dark) -> prefs.update(v -> v.withDarkTheme(dark)));
    }

    /** Sets the build options that changed (all of them at start); the panel's own edits last for the session. */
    private void applyBuild(PreferenceValues was, PreferenceValues is) {
        if (was == null || !was.network().equals(is.network())) build.networkProperty().set(is.network());
        if (was == null || was.parallelBuilds() != is.parallelBuilds()) build.parallelProperty().set(is.parallelBuilds());
        if (was == null || was.backend() != is.backend()) build.backendProperty().set(is.backend());
        if (was == null || !Objects.equals(was.engineEndpoint(), is.engineEndpoint())) {
            build.engine().endpointProperty().set(is.engineEndpoint());
            if (was != null) build.engine().check();
        }
    }

    void open() {
        new PreferencesDialog(new PreferencesViewModel(prefs), stage,
                Objects.requireNonNull(getClass().getResource(ThemeManager.STYLESHEET)).toExternalForm(),
                theme.darkProperty().get()).showAndWait();
    }
}

package io.dockwright.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Drives the real window for the README screenshots (scripts/screenshots.sh): opens the Preferences dialog from
 * the welcome page and shows the tab asked for. Usage: PreferencesScreenshot general|bases
 */
public final class PreferencesScreenshot extends Application {
    @Override
    public void start(Stage stage) {
        DockwrightApp app = new DockwrightApp(AppPaths.userDefault(), List.of());
        app.start(stage);
        String tab = getParameters().getRaw().isEmpty() ? "general" : getParameters().getRaw().get(0);
        PauseTransition settle = new PauseTransition(Duration.seconds(4)); // the welcome page is laid out by then
        settle.setOnFinished(e -> Platform.runLater(() -> {
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.getScene() != null && w.getScene().lookup("#preferences-tabs") instanceof TabPane tabs) {
                        tabs.getSelectionModel().select(tab.equals("bases") ? 1 : 0);
                    }
                }
            });
            app.workbench().welcomeViewModel().preferences(); // blocks in the dialog's own event loop
        }));
        settle.play();
    }

    /** Launches through a plain class (JavaFX on the class path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(PreferencesScreenshot.class, args);
        }
    }
}

package io.dockwright.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Drives the real window for the README's optimizer screenshot (scripts/screenshots.sh): opens a Dockerfile and
 * runs Optimize once it is loaded. Usage: OptimizeScreenshot$Launch DOCKERFILE
 */
public final class OptimizeScreenshot extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        DockwrightApp app = new DockwrightApp(AppPaths.userDefault(), List.of(a.get(0)));
        app.start(stage);
        PauseTransition loaded = new PauseTransition(Duration.seconds(3));
        loaded.setOnFinished(e -> app.workbench().optimizeWiring().optimize());
        loaded.play();
    }

    /** The entry point (a main class that extends Application needs JavaFX on the module path). */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(OptimizeScreenshot.class, args);
        }
    }
}

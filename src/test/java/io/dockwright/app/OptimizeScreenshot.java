package io.dockwright.app;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Drives the real window for the README's optimizer screenshot (scripts/screenshot-optimize.sh): opens a
 * Dockerfile, runs Optimize, optionally rejects one change. Usage: OptimizeScreenshot DOCKERFILE [dark] [reject=ID]
 */
public final class OptimizeScreenshot extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        DockwrightApp app = new DockwrightApp(AppPaths.userDefault(), List.of(a.get(0)));
        app.start(stage);
        Workbench wb = app.workbench();
        if (a.contains("dark")) wb.theme().darkProperty().set(true);
        new Thread(() -> {
            sleep(2500); // the file is loaded by then
            Platform.runLater(() -> wb.optimizeWiring().optimize());
            sleep(1500);
            a.stream().filter(s -> s.startsWith("reject=")).findFirst().ifPresent(r -> Platform.runLater(() -> {
                var vm = wb.optimizeWiring().viewModel();
                vm.changes().stream().filter(c -> c.change().id().equals(r.substring(7))).findFirst()
                        .ifPresent(c -> vm.setAccepted(c.change(), false));
            }));
        }).start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The entry point (a main class that extends Application needs JavaFX on the module path). */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(OptimizeScreenshot.class, args);
        }
    }
}

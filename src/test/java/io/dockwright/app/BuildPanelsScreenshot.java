package io.dockwright.app;

import io.dockwright.ui.build.BuildViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Drives the real window for the README screenshots (scripts/screenshots.sh): opens a Dockerfile, sets
 * a second one as the optimized variant, builds both on the real engine, then shows the tab asked for and, when
 * the system property {@code screenshot.ready} names a file, creates it two seconds later (the chart drawn), or exits
 * with status 1 when either build failed.
 * Usage: BuildPanelsScreenshot$Launcher DOCKERFILE OPTIMIZED build|chart [dark]
 */
public final class BuildPanelsScreenshot extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        DockwrightApp app = new DockwrightApp(AppPaths.userDefault(), List.of(a.get(0)));
        app.start(stage);
        Workbench wb = app.workbench();
        if (a.size() > 3 && a.get(3).equals("dark")) wb.theme().darkProperty().set(true);
        BuildViewModel vm = wb.buildViewModel();
        vm.networkProperty().set("host"); // the screenshot machine's engine has no bridge network
        vm.loadOptimized(Path.of(a.get(1)));
        vm.runningProperty().addListener((o, was, running) -> {
            if (!running) Platform.runLater(() -> {
                show(wb, a.get(2));
                String ready = System.getProperty("screenshot.ready");
                if (ready == null) return;
                if (vm.original().resultProperty().get() == null || vm.optimized().resultProperty().get() == null) {
                    System.err.println("BuildPanelsScreenshot: a build failed: " + vm.messageProperty().get());
                    System.exit(1); // no ready file: the script keeps the old images
                }
                javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                drawn.setOnFinished(e -> {
                    try {
                        java.nio.file.Files.writeString(Path.of(ready), "ready\n");
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
                drawn.play();
            });
        });
        Platform.runLater(() -> Platform.runLater(() -> {
            show(wb, "build");
            new Thread(() -> {
                sleep(4000); // the editor and the optimized file are loaded by then
                Platform.runLater(vm::build);
            }).start();
        }));
    }

    private static void show(Workbench wb, String tab) {
        var root = wb.window().root();
        for (var n : root.lookupAll(".split-pane")) {
            SplitPane p = (SplitPane) n;
            if (p.getOrientation() == javafx.geometry.Orientation.VERTICAL && p.lookup("#stage-graph-slot") != null) {
                p.setDividerPositions(0.12);
            }
            if (p.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && p.lookup("#stage-graph-slot") != null) {
                p.setDividerPositions(0.4);
            }
        }
        TabPane tabs = (TabPane) root.lookupAll(".tab-pane").stream() // the build/chart tabs, not the Editor/Optimize pages
                .filter(n -> ((TabPane) n).getTabs().stream().anyMatch(t -> "build-tab".equals(t.getId()))).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab.equals("chart") ? 1 : 0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Launches through a plain class, as the app's own Main does (JavaFX on the class path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BuildPanelsScreenshot.class, args);
        }
    }
}

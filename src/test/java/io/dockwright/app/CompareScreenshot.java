package io.dockwright.app;

import io.dockwright.ui.compare.CompareViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Drives the real window for the README's Compare page screenshots (scripts/screenshots.sh): opens a Dockerfile,
 * optimizes it, runs Build Both on the real engine (host network: the screenshot machine has no bridge), waits on the
 * Compare page until both images are read, turns on "only differences", then creates the file the system property
 * {@code screenshot.ready} names (or exits with status 1 when a build or the reading failed).
 * Usage: CompareScreenshot$Launcher DOCKERFILE [dark]
 */
public final class CompareScreenshot extends Application {
    /** The images are tagged TAG_PREFIX-original:latest and TAG_PREFIX-optimized:latest. */
    static final String TAG_PREFIX = "dockwright-screenshot-compare";

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        DockwrightApp app = new DockwrightApp(AppPaths.userDefault(), List.of(a.get(0)));
        app.start(stage);
        Workbench wb = app.workbench();
        if (a.size() > 1 && a.get(1).equals("dark")) wb.theme().darkProperty().set(true);
        wb.buildViewModel().networkProperty().set("host");
        wb.buildViewModel().tagPrefixProperty().set(TAG_PREFIX); // the script removes these images afterwards
        CompareViewModel vm = wb.compareWiring().viewModel();
        vm.phaseProperty().addListener((o, was, phase) -> {
            if (phase == CompareViewModel.Phase.FAILED) fail("reading failed: " + vm.statusProperty().get());
            if (phase != CompareViewModel.Phase.READY) return;
            ((javafx.scene.control.CheckBox) wb.compareWiring().view().node().lookup("#compare-only-differences")).setSelected(true);
            PauseTransition drawn = new PauseTransition(Duration.seconds(3));
            drawn.setOnFinished(e -> ready());
            drawn.play();
        });
        wb.buildViewModel().runningProperty().addListener((o, was, running) -> {
            if (!running && (wb.buildViewModel().original().resultProperty().get() == null
                    || wb.buildViewModel().optimized().resultProperty().get() == null)) {
                fail("a build failed: " + wb.buildViewModel().messageProperty().get());
            }
        });
        PauseTransition loaded = new PauseTransition(Duration.seconds(4)); // the file, the engine and the Build panel
        loaded.setOnFinished(e -> {
            wb.optimizeWiring().optimize();
            javafx.animation.Timeline poll = new javafx.animation.Timeline();
            poll.getKeyFrames().add(new javafx.animation.KeyFrame(Duration.seconds(1), x -> {
                if (!wb.optimizeWiring().viewModel().hasRewrite() || !wb.buildViewModel().canBuildProperty().get()) return;
                poll.stop();
                wb.optimizeWiring().buildBoth();
            }));
            poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
            poll.play();
        });
        loaded.play();
    }

    private static void ready() {
        String ready = System.getProperty("screenshot.ready");
        if (ready == null) return;
        try {
            Files.writeString(Path.of(ready), "ready\n");
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static void fail(String why) {
        System.err.println("CompareScreenshot: " + why);
        Platform.runLater(() -> System.exit(1));
    }

    /** Launches through a plain class, as the app's own Main does (JavaFX on the class path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(CompareScreenshot.class, args);
        }
    }
}

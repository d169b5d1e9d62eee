package io.dockwright.app;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of the real window, headless: the app with its state under {@link #home}, on TestFX's primary stage (one per
 * JVM, registered again for each test; the app sizes and places it itself, {@link WindowPlacement}).
 */
abstract class WindowFxTest {
    @TempDir Path home;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void registerPrimaryStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanupStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Starts the app as {@code dockwright ARGS} would, with its state under {@link #home}. */
    Workbench launch(List<String> args) throws Exception {
        DockwrightApp app = (DockwrightApp) FxToolkit.setupApplication(() -> new DockwrightApp(new AppPaths(home), args));
        WaitForAsyncUtils.waitForFxEvents();
        return app.workbench();
    }
}

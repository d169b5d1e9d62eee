package io.dockwright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import io.dockwright.ui.FxQuery;
import java.util.List;
import javafx.scene.control.Label;
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
    final FxQuery q = new FxQuery(robot);

    @BeforeEach
    void registerPrimaryStage() throws Exception {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000); // the first window of a JVM is slow on a busy machine
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

    /** Starts the app on {@code dockerfile} in a small Python project under {@link #home} (req.txt, run.py). */
    Workbench launchPythonProject(String dockerfile) throws Exception {
        Path file = home.resolve("Dockerfile");
        Files.writeString(file, dockerfile);
        Files.writeString(home.resolve("req.txt"), "flask\n");
        Files.writeString(home.resolve("run.py"), "print('hi')\n");
        Workbench wb = launch(List.of(file.toString()));
        FxWait.await("file open", () -> FxWait.onFx(wb.editor()::text).startsWith("FROM python"));
        return wb;
    }

    /** Clicks the Optimize page's tab, then its Optimize button. */
    void runOptimizer() {
        robot.clickOn(q.one(".tab-label", Label.class, l -> l.getText().equals("Optimize")));
        q.click("#optimize-run");
    }
}

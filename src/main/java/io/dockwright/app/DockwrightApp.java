package io.dockwright.app;

import io.dockwright.ui.editor.DockerfileAnalyzer;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: owns the background executor and one {@link Workbench} window. */
public final class DockwrightApp extends Application {
    private final AppPaths paths;
    private final List<String> args;
    private FxBackgroundExecutor executor;
    private FxBackgroundExecutor buildExecutor;
    private Workbench workbench;

    /** Used by {@link Application#launch}: per-user state under {@code ~/.dockwright}. */
    public DockwrightApp() {
        this(AppPaths.userDefault(), null);
    }

    /** For tests and embedding: state under {@code paths}, {@code args} instead of the launch parameters. */
    public DockwrightApp(AppPaths paths, List<String> args) {
        this.paths = paths;
        this.args = args;
    }

    public static void launchWindow(String[] args) {
        Application.launch(DockwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxBackgroundExecutor(2);
        buildExecutor = new FxBackgroundExecutor(2); // builds: at most two at once, never starving the editor's work
        workbench = new Workbench(stage, paths, executor, buildExecutor, new DockerfileAnalyzer());
        workbench.useDesktop(getHostServices()::showDocument); // xdg-open and the like, with the file's URI as its argument
        List<String> files = args != null ? args : getParameters() == null ? List.of() : getParameters().getUnnamed();
        workbench.show(files.isEmpty() ? null : Path.of(files.get(0)));
    }

    @Override
    public void stop() {
        if (workbench != null) workbench.shutdown();
        if (executor != null) executor.close();
        if (buildExecutor != null) buildExecutor.close();
    }

    /** The window's parts (for tests and for features that plug into it). */
    public Workbench workbench() { return workbench; }
}

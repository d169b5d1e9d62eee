package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.LineRequest;
import io.dockwright.ui.build.BuildView;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.chart.ChartExporter;
import io.dockwright.ui.chart.ChartView;
import io.dockwright.ui.chart.ChartViewModel;
import io.dockwright.ui.editor.Analyzer;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import io.dockwright.ui.files.ExampleCatalog;
import io.dockwright.ui.files.RecentFiles;
import io.dockwright.ui.files.RecoveryStore;
import io.dockwright.ui.prefs.Preferences;
import io.dockwright.ui.prefs.PreferencesStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of one window: builds every part with its dependencies, wires them together and
 * runs the autosave and on-disk-change timers. Nothing here is static; the app owns the executor.
 */
public final class Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    private final Stage stage;
    private final Preferences prefs;
    private final PreferencesWiring prefsWiring;
    private final EditorViewModel editorVm;
    private final DocumentViewModel doc;
    private final EditorView editor;
    private final MainWindow window;
    private final FileActions files;
    private final ThemeManager theme;
    private final Timeline autosave;
    private final Timeline diskCheck;
    private final EngineAccess engine;
    private final BuildViewModel buildVm;
    private BuildView buildView; // made after the first frame
    private final ChartViewModel chartVm;
    private final StageGraphWiring graph;
    private final OptimizeWiring optimize;
    private final WelcomeWiring welcome;
    private final AppIcons icons;
    private final WindowPlacement placement;
    private final WorkbenchLayout layout;
    private final HelpDialogs help;

    public Workbench(Stage stage, AppPaths paths, BackgroundExecutor executor, BackgroundExecutor buildExecutor,
                     Analyzer analyzer) {
        this.stage = stage;
        this.icons = new AppIcons();
        this.placement = new WindowPlacement(paths.window());
        this.layout = new WorkbenchLayout(paths.layout());
        this.prefs = new Preferences(new PreferencesStore(paths.preferences(), paths.settings(), java.time.Clock.systemUTC()),
                executor, io.dockwright.optimize.RuntimeBaseTable.bundled());
        this.theme = new ThemeManager(prefs.get().darkTheme()); // before the first control exists
        this.editorVm = new EditorViewModel(executor, analyzer);
        this.doc = new DocumentViewModel(executor, new RecentFiles(paths.recentFiles(), 12),
                new RecoveryStore(paths.recovery(), UUID.randomUUID().toString()));
        this.editor = new EditorView(editorVm);
        ExampleCatalog examples = new ExampleCatalog(Workbench.class.getClassLoader(), paths.examples());
        this.files = new FileActions(stage, doc, editor, examples);
        Path log = io.dockwright.logging.Logging.status().file() != null ? io.dockwright.logging.Logging.status().file() : paths.log();
        this.help = new HelpDialogs(stage, icons, executor, log, theme);
        WorkbenchMenus menus = new WorkbenchMenus(executor, files, doc, editor, examples, theme,
                new ZoomControl(editor, prefs), help, new GoToLineDialog(stage, editor, doc)::open,
                this::openPreferences);
        this.window = new MainWindow(editorVm, doc, editor, menus.node());
        this.engine = new EngineAccess(buildExecutor, HostEnvironment.current(), new EngineConnector());
        this.buildVm = new BuildViewModel(executor, engine, new RunHistory(paths.runHistory()), editor::text, this::showLine);
        this.chartVm = new ChartViewModel(executor, new ChartExporter(), this::showLine);
        this.prefsWiring = new PreferencesWiring(stage, prefs, theme, buildVm);
        this.welcome = new WelcomeWiring(executor, window, doc, files, examples, buildVm.engine(), editor, icons, prefs,
                this::openPreferences);
        welcome.addMenu(menus.node());
        this.graph = new StageGraphWiring(executor, editor, editorVm, buildVm);
        window.setStageGraphView(graph.view());
        window.setChartViewOnFirstShow(() -> { // JFreeChart loads on first show
            ChartView chart = new ChartView(chartVm);
            layout.keep(chart.splitPanes());
            return chart.node();
        });
        this.optimize = new OptimizeWiring(stage, executor, analyzer, editor, doc, buildVm, window, prefs::runtimeBases,
                layout::keep);
        layout.keep(window.splitPanes());
        layout.keep(graph.viewModel().legend());
        optimize.addMenu(menus.node());
        this.autosave = every(3, () -> doc.autosave(editor.text()));
        this.diskCheck = every(2, doc::checkDisk);
        wire();
    }

    private static Timeline every(double seconds, Runnable action) {
        Timeline t = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> action.run()));
        t.setCycleCount(Animation.INDEFINITE);
        return t;
    }

    private void wire() {
        doc.setTextSink(text -> {
            graph.documentReplaced();
            editor.load(text);
            welcome.documentReplaced();
        });
        editor.area().getUndoManager().atMarkedPositionProperty().addListener((o, was, at) -> doc.dirtyProperty().set(!at));
        doc.dirtyProperty().addListener((o, was, is) -> {
            if (!is) editor.area().getUndoManager().mark();
        });
        doc.recoveryOfferProperty().addListener((o, was, offer) -> {
            if (offer != null) window.offerRecovery(offer, doc);
        });
        doc.diskChangeProperty().addListener((o, was, change) -> {
            if (change != DocumentViewModel.DiskChange.NONE) window.offerDiskChoice(change, doc);
        });
        buildVm.dockerfileProperty().bind(doc.pathProperty());
        buildVm.original().resultProperty().addListener((o, was, r) -> chartVm.accept(r));
        buildVm.optimized().resultProperty().addListener((o, was, r) -> chartVm.accept(r));
        theme.onChange(chartVm.darkProperty()::set);
        prefs.saveErrorProperty().addListener((o, was, error) -> {
            if (error != null) doc.messageProperty().set(error);
        });
        stage.titleProperty().bind(doc.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (doc.isDirty()) {
                e.consume();
                files.whenSafe(stage::close);
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) doc.checkDisk();
        });
    }

    /** Shows the window, then opens {@code file} if given, offers crash recovery and starts the timers. */
    public void show(Path file) {
        placement.apply(stage); // where the user left it, or the default size centred
        Scene scene = window.createScene(stage.getWidth(), stage.getHeight());
        theme.install(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) files.open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        editor.load("");
        welcome.start(file == null);
        // Read off-thread while the window is styled: the text usually reaches the editor before the first frame.
        if (file != null) files.open(file);
        stage.show();
        // The first frame goes out before the engine is asked, the icons decoded and the Build panel (about 40 % of
        // the window's nodes, styled in one go) is made: the Build tab shows its placeholder until then. The panel
        // waits a moment more, so that the first frame is painted and on screen before it occupies the FX thread.
        window.afterFirstFrame(() -> {
            icons.applyTo(stage);
            doc.checkRecovery();
            autosave.play();
            diskCheck.play();
            editor.area().requestFocus();
            javafx.animation.PauseTransition paint = new javafx.animation.PauseTransition(Duration.millis(250));
            paint.setOnFinished(e -> {
                buildView = new BuildView(buildVm);
                layout.keep(buildView.splitPanes());
                window.setBuildView(buildView.node());
                buildView.start();
            });
            paint.play();
        });
    }

    /** A failed build or a chart click: the editor shows the original's lines; others are only reported. */
    private void showLine(LineRequest request) {
        if (BuildViewModel.ORIGINAL.equals(request.variant()) && request.line() <= editor.lineCount()) {
            editor.goToLine(request.line(), 1);
            editor.area().requestFocus();
        }
        doc.messageProperty().set(request.reason());
    }

    private void openPreferences() {
        prefsWiring.open();
    }

    /** Stops timers and forgets the recovery file: the session ends normally. */
    public void shutdown() {
        autosave.stop();
        diskCheck.stop();
        if (buildView != null) buildView.stop();
        engine.close();
        doc.closeCleanly();
        try {
            prefs.saveNow();
        } catch (IOException e) { // every change was saved when it was made; not worth a dialog on exit
            LOG.warn("Could not save the preferences on exit", e);
        }
        try {
            placement.save(stage);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the window's place; it opens at the default place next time", e);
        }
        try {
            layout.save();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the panel layout; the panels open with their default sizes next time", e);
        }
    }

    public MainWindow window() { return window; }

    /** Lets Help > Show Log open the file with the desktop's default application ({@code opener} gets its URI). */
    public void useDesktop(java.util.function.Consumer<String> opener) {
        help.useDesktop(opener);
    }

    /** Help > Show Log (for tests and the screenshot script). */
    public void showLog() {
        help.showLog();
    }

    public EditorView editor() { return editor; }

    public EditorViewModel editorViewModel() { return editorVm; }

    public DocumentViewModel document() { return doc; }

    public FileActions files() { return files; }

    public ThemeManager theme() { return theme; }

    public io.dockwright.ui.welcome.WelcomeViewModel welcomeViewModel() { return welcome.viewModel(); }

    /** The user's preferences; {@code preferences()::runtimeBases} is the optimizer's runtime-base table. */
    public Preferences preferences() { return prefs; }

    public BuildViewModel buildViewModel() { return buildVm; }

    public ChartViewModel chartViewModel() { return chartVm; }

    public io.dockwright.ui.graph.GraphViewModel graphViewModel() { return graph.viewModel(); }

    OptimizeWiring optimizeWiring() { return optimize; }
}

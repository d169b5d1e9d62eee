package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.editor.Analyzer;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.export.ExportView;
import io.dockwright.ui.export.ExportViewModel;
import io.dockwright.ui.optimize.OptimizeView;
import io.dockwright.ui.optimize.OptimizeViewModel;
import io.dockwright.ui.optimize.RewriteVerifier;
import io.dockwright.ui.optimize.VerifyViewModel;
import io.dockwright.ui.BuildArgs;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

/**
 * Puts the optimizer in the window: the Optimize page beside the editor, an Optimize menu with shortcuts, and
 * the Export dialog. Optimize runs on the editor's current text with the open file's folder as the context.
 */
final class OptimizeWiring {
    private final Stage stage;
    private final EditorView editor;
    private final DocumentViewModel doc;
    private final MainWindow window;
    private final OptimizeViewModel vm;
    private final ExportViewModel exportVm;
    private final VerifyViewModel verifyVm;
    private final BackgroundExecutor executor;
    private final Analyzer analyzer;
    private final Consumer<List<SplitPane>> layout;
    private OptimizeView view; // created when the Optimize page is first shown
    private Runnable afterBuildBoth = () -> { };

    OptimizeWiring(Stage stage, BackgroundExecutor executor, Analyzer analyzer, EditorView editor, DocumentViewModel doc,
                   BuildViewModel buildVm, MainWindow window, Supplier<RuntimeBaseTable> runtimeBases,
                   Consumer<List<SplitPane>> layout, BackgroundExecutor verifyExecutor, RewriteVerifier verifier) {
        this.stage = stage;
        this.editor = editor;
        this.doc = doc;
        this.window = window;
        this.vm = new OptimizeViewModel(executor, new Optimizer(),
                () -> new OptimizerOptions(runtimeBases.get(), false, true), buildVm);
        this.verifyVm = new VerifyViewModel(verifyExecutor, verifier, vm, () -> new RewriteVerifier.Build(
                blankToNull(buildVm.targetProperty().get()), BuildArgs.parse(buildVm.buildArgsProperty().get()),
                buildVm.networkProperty().get()));
        this.exportVm = new ExportViewModel(executor);
        this.executor = executor;
        this.analyzer = analyzer;
        this.layout = layout;
        window.setOptimizeViewOnFirstShow(() -> view().node());
    }

    /** Adds the Optimize menu before Help. */
    void addMenu(MenuBar bar) {
        Menu menu = new Menu("_Optimize", null,
                WorkbenchMenus.item("Optimize", "Shortcut+Shift+O", this::optimize),
                WorkbenchMenus.item("Build Both", "Shortcut+Shift+B", this::buildBoth),
                WorkbenchMenus.item("Verify", null, this::verify),
                WorkbenchMenus.item("Export Optimized…", "Shortcut+Shift+E", this::export),
                WorkbenchMenus.item("Copy Optimized", null, this::copy));
        menu.setId("menu-optimize");
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), menu);
    }

    void optimize() {
        window.showOptimize();
        vm.optimize(editor.text(), doc.pathProperty().get());
    }

    private void verify() {
        window.showOptimize();
        view();
        verifyVm.verify();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void buildBoth() {
        if (!vm.hasRewrite()) {
            optimize();
            return;
        }
        vm.buildBoth();
        afterBuildBoth.run();
        window.showBuild();
    }

    /** Runs when Build Both starts both builds (the Compare page waits for them). */
    void afterBuildBoth(Runnable r) {
        afterBuildBoth = r;
    }

    private void export() {
        if (!vm.hasRewrite()) {
            doc.messageProperty().set("Nothing to export: optimize first (Ctrl+Shift+O).");
            return;
        }
        exportVm.prepare(vm.optimizedProperty().get(), vm.proposedDockerignore(), vm.dockerfile());
        new ExportView(exportVm, stage).show();
    }

    private void copy() {
        if (!vm.hasRewrite()) return;
        ExportView.copy(vm.optimizedProperty().get());
        doc.messageProperty().set("Copied the optimized Dockerfile to the clipboard.");
    }

    OptimizeViewModel viewModel() { return vm; }

    VerifyViewModel verifyViewModel() { return verifyVm; }

    OptimizeView view() {
        if (view == null) {
            view = new OptimizeView(vm, verifyVm, executor, analyzer, new OptimizeView.Actions(this::optimize, this::buildBoth,
                    this::export, this::copy));
            layout.accept(view.splitPanes()); // their dividers as the user left them
        }
        return view;
    }

    ExportViewModel exportViewModel() { return exportVm; }
}

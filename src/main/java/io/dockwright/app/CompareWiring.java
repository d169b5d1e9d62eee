package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.images.ImageSource;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.packages.PackageInventory;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.ui.LineRequest;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.chart.ChartExporter;
import io.dockwright.ui.compare.CompareExporter;
import io.dockwright.ui.compare.CompareView;
import io.dockwright.ui.compare.CompareViewModel;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.SplitPane;

/**
 * Puts the Compare page in the window: a run that built both variants feeds it; after Build Both the window
 * lands on it once both builds succeeded; the page reads both images from the engine the builds ran on when it is
 * shown. A layer click opens its line in the original's editor or in the Optimize page's optimized editor.
 */
final class CompareWiring {
    private final MainWindow window;
    private final BuildViewModel build;
    private final EditorView editor;
    private final DocumentViewModel doc;
    private final CompareViewModel vm;
    private final Consumer<List<SplitPane>> layout;
    private Supplier<OptimizeWiring> optimize = () -> null;
    private CompareView view;
    private boolean landWhenBuilt;

    CompareWiring(BackgroundExecutor executor, EngineAccess engine, BuildViewModel build, MainWindow window,
                  EditorView editor, DocumentViewModel doc, Consumer<List<SplitPane>> layout) {
        this.window = window;
        this.build = build;
        this.editor = editor;
        this.doc = doc;
        this.layout = layout;
        this.vm = new CompareViewModel(executor, (result, listener) -> read(engine, result, listener),
                new CompareExporter(new ChartExporter()), this::showLine);
        build.runningProperty().addListener((o, was, running) -> {
            if (!running) finished();
        });
        window.setCompareViewOnFirstShow(() -> view().node(), () -> view().shown());
    }

    /** The images the builds made, read from the engine they were built on, with their layers' Dockerfile lines. */
    private ImageContents read(EngineAccess engine, BuildResult result, ReadListener listener) throws Exception {
        var http = engine.connection(build.engine().endpointProperty().get()).http();
        ReadOptions options = PackageInventory.captureFor(ReadOptions.defaults().withDigests(true))
                .withAttribution(Attribution.of(result.layers()));
        return new ImageReader().read(new ImageSource.Engine(http, result.imageId()), options, listener);
    }

    void useOptimize(Supplier<OptimizeWiring> o) {
        optimize = o;
    }

    /** Build Both was asked for: the window shows the Compare page once both builds succeed. */
    void landAfterBuild() {
        landWhenBuilt = build.runningProperty().get(); // only when the builds did start
    }

    private void finished() {
        boolean land = landWhenBuilt;
        landWhenBuilt = false;
        BuildResult a = build.original().resultProperty().get();
        BuildResult b = build.optimized().resultProperty().get();
        boolean both = build.original().stateProperty().get() == BuildState.SUCCEEDED
                && build.optimized().stateProperty().get() == BuildState.SUCCEEDED && a != null && b != null;
        if (!both) return;
        vm.show(a, b);
        if (land) window.showCompare();
    }

    /** A layer click: the original's lines are the editor's, the optimized one's the Optimize page's right side. */
    private void showLine(LineRequest request) {
        OptimizeWiring o = optimize.get();
        if (BuildViewModel.OPTIMIZED.equals(request.variant()) && o != null && o.viewModel().hasRewrite()) {
            EditorView target = o.view().optimizedEditor();
            window.showOptimize();
            goTo(target, request, !target.text().equals(build.optimizedTextProperty().get()));
            return;
        }
        if (BuildViewModel.ORIGINAL.equals(request.variant())) {
            window.showEditor();
            goTo(editor, request, !editor.text().equals(build.originalTextProperty().get()));
            return;
        }
        doc.messageProperty().set(request.reason() + " (the optimized Dockerfile built is not open in an editor: "
                + build.optimizedSourceProperty().get() + ")");
    }

    private void goTo(EditorView target, LineRequest request, boolean editedSince) {
        String note = editedSince ? " (the text was edited since the build: the line may have moved)" : "";
        if (request.line() <= target.lineCount()) {
            target.goToLine(request.line(), 1);
            target.area().requestFocus();
        } else {
            note = " (the text now has only " + target.lineCount() + " lines)";
        }
        doc.messageProperty().set(request.reason() + note);
    }

    CompareViewModel viewModel() { return vm; }

    CompareView view() {
        if (view == null) {
            view = new CompareView(vm);
            layout.accept(view.splitPanes());
        }
        return view;
    }
}

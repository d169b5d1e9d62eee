package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import io.dockwright.ui.graph.GraphInput;
import io.dockwright.ui.graph.GraphView;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;

/**
 * Connects the stage visualizer to the editor and the build panel. The editor parses and builds the stage
 * graph once per typing pause; each analysis it publishes is handed to the graph, which only lays it out.
 * The build panel's target and build args ({@link BuildOptions}) are the one model the graph's toolbar
 * edits too, and the editor analyses with them. Visual edits come back as undoable editor changes.
 */
final class StageGraphWiring {
    private final GraphViewModel vm;
    private final GraphView view;

    StageGraphWiring(BackgroundExecutor executor, EditorView editor, EditorViewModel editorVm, BuildViewModel buildVm) {
        BuildOptions options = buildVm.options();
        this.vm = new GraphViewModel(executor, new StageGraphLayouter(), options);
        this.view = new GraphView(vm, executor);
        editorVm.graphOptionsProperty().bind(options.graphOptionsProperty());
        editor.area().plainTextChanges().subscribe(c -> vm.textEdited());
        editorVm.analysisProperty().addListener((o, was, a) -> {
            if (a != null && a.version() == editorVm.version()) vm.show(new GraphInput(a.version(), a.text(), a.dockerfile(), a.graph()));
        });
        editorVm.caretOffsetProperty().addListener((o, was, now) -> vm.caretMoved(now.intValue()));
        vm.onSelectionRequest(span -> editor.select(span.start(), span.end()));
        vm.onEditRequest(edit -> editor.applyEdits(edit.edits()));
        // each stage card shows its share of the original's last build
        buildVm.original().resultProperty().addListener((o, was, r) -> vm.setBuildResult(r));
    }

    /** A file is being opened: the graph forgets the previous document's graph. Call before loading the text. */
    void documentReplaced() { vm.documentReplaced(); }

    GraphViewModel viewModel() { return vm; }

    GraphView view() { return view; }
}

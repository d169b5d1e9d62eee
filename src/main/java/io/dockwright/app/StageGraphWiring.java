package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import io.dockwright.ui.graph.GraphPipeline;
import io.dockwright.ui.graph.GraphView;
import io.dockwright.ui.graph.GraphViewModel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;

/**
 * Connects the stage visualizer to the editor (text, caret, selection, undoable visual edits) and to the
 * build panel: the build's target and build-args fields are the one source of truth for the graph's
 * options, kept in step both ways, and the editor analyses with the same options.
 */
final class StageGraphWiring {
    private final GraphViewModel vm;
    private final GraphView view;
    private boolean syncing;

    StageGraphWiring(BackgroundExecutor executor, EditorView editor, EditorViewModel editorVm, BuildViewModel buildVm) {
        // The graph keeps its own debounced pipeline: it parses once per typing pause, with its own options.
        this.vm = new GraphViewModel(executor, GraphPipeline.standard(), Duration.ofMillis(250));
        this.view = new GraphView(vm, executor);
        editor.area().textProperty().addListener((o, was, text) -> vm.setText(text));
        editorVm.caretOffsetProperty().addListener((o, was, now) -> vm.caretMoved(now.intValue()));
        vm.onSelectionRequest(span -> editor.select(span.start(), span.end()));
        vm.onEditRequest(edit -> editor.applyEdits(edit.edits()));
        editorVm.graphOptionsProperty().bind(vm.optionsProperty());
        linkBuildOptions(buildVm);
        // each stage card shows its share of the original's last build
        buildVm.original().resultProperty().addListener((o, was, r) -> vm.setBuildResult(r));
    }

    private void linkBuildOptions(BuildViewModel buildVm) {
        fromBuild(buildVm.targetProperty().get(), buildVm.buildArgsProperty().get());
        buildVm.targetProperty().addListener((o, was, now) -> fromBuild(now, buildVm.buildArgsProperty().get()));
        buildVm.buildArgsProperty().addListener((o, was, now) -> fromBuild(buildVm.targetProperty().get(), now));
        vm.targetProperty().addListener((o, was, now) -> guarded(() -> buildVm.targetProperty().set(now == null ? "" : now)));
        vm.buildArgs().addListener((ListChangeListener<String>) c -> guarded(() -> buildVm.buildArgsProperty().set(
                String.join(" ", vm.buildArgs().stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList()))));
    }

    private void fromBuild(String target, String args) {
        guarded(() -> {
            String t = target == null || target.isBlank() ? null : target.strip();
            if (!Objects.equals(t, vm.targetProperty().get())) vm.setTarget(t);
            List<String> entries = args == null || args.isBlank() ? List.of()
                    : Arrays.stream(args.strip().split("[\\s,]+")).toList();
            if (!entries.equals(vm.buildArgs())) vm.buildArgs().setAll(entries);
        });
    }

    private void guarded(Runnable r) {
        if (syncing) return;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    /** A file was opened: the graph forgets the previous document's graph. */
    void documentReplaced(String text) { vm.documentReplaced(text); }

    GraphViewModel viewModel() { return vm; }

    GraphView view() { return view; }
}

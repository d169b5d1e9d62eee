package io.dockwright.ui.optimize;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.OptimizationResult;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The optimizer in the window: runs it in the background on the editor's text with the file's folder as the
 * context, lists its changes (each accepted or rejected; a toggle re-runs), keeps the diff between the
 * original and the (editable) optimized text, the two stage graphs, and hands the optimized text to the build.
 */
public final class OptimizeViewModel {
    private final BackgroundExecutor executor;
    private final Optimizer optimizer;
    private final Supplier<OptimizerOptions> options;
    private final BuildViewModel build;
    private final GraphViewModel originalGraph;
    private final GraphViewModel optimizedGraph;
    private final ReadOnlyStringWrapper original = new ReadOnlyStringWrapper(this, "original", "");
    private final StringProperty optimized = new SimpleStringProperty(this, "optimized", "");
    private final ReadOnlyObjectWrapper<OptimizationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<DiffRows> diff = new ReadOnlyObjectWrapper<>(this, "diff", DiffRows.of("", ""));
    private final ObservableList<ChangeItem> changes = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper(this, "verification", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ReadOnlyObjectWrapper<LineRange> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<LineRange> optimizedSelection = new ReadOnlyObjectWrapper<>(this, "optimizedSelection");
    private final Set<String> rejected = new LinkedHashSet<>();
    private final List<String> order = new ArrayList<>();
    private Path dockerfile;
    private long generation;
    private boolean loading;

    /** {@code options} is read on every run (the runtime-base table comes from the preferences). */
    public OptimizeViewModel(BackgroundExecutor executor, Optimizer optimizer, Supplier<OptimizerOptions> options,
                             BuildViewModel build) {
        this.executor = executor;
        this.optimizer = optimizer;
        this.options = options;
        this.build = build;
        this.originalGraph = new GraphViewModel(executor, new StageGraphLayouter(), new BuildOptions());
        this.optimizedGraph = new GraphViewModel(executor, new StageGraphLayouter(), new BuildOptions());
        optimized.addListener((o, was, text) -> {
            diff.set(DiffRows.of(original.get(), text));
            OptimizationResult r = result.get();
            edited.set(r != null && !text.equals(r.text()));
            if (!loading) optimizedGraph.showText(text);
        });
    }

    /** Optimizes {@code text} (the editor's) with the folder of {@code file} (may be null) as context; forgets rejections. */
    public void optimize(String text, Path file) {
        dockerfile = file;
        rejected.clear();
        order.clear();
        original.set(text == null ? "" : text);
        originalGraph.documentReplaced();
        originalGraph.showText(original.get());
        run();
    }

    /**
     * True when accepting or rejecting {@code change} would re-run the optimizer over hand edits to the optimized
     * text (the view asks the user before it calls {@link #setAccepted}).
     */
    public boolean toggleDiscardsEdits(Change change, boolean accepted) {
        boolean changes = accepted ? rejected.contains(change.decision()) : !rejected.contains(change.decision());
        return changes && result.get() != null && edited.get();
    }

    /** Accepts or rejects a change (with the other parts of its decision) and optimizes again. */
    public void setAccepted(Change change, boolean accepted) {
        boolean changed = accepted ? rejected.remove(change.decision()) : rejected.add(change.decision());
        if (changed && result.get() != null) run();
    }

    private void run() {
        long gen = ++generation;
        String text = original.get();
        Path context = dockerfile == null ? null : dockerfile.toAbsolutePath().getParent();
        String name = dockerfile == null ? "Dockerfile" : dockerfile.getFileName().toString();
        OptimizerOptions opts = options.get().withRejected(Set.copyOf(rejected));
        running.set(true);
        message.set("Optimizing…");
        executor.submit(() -> optimizer.optimize(text, context, name, opts), r -> {
            if (gen == generation) show(r);
        }, e -> {
            if (gen != generation) return;
            running.set(false);
            message.set("The optimizer failed: " + e.getMessage());
        });
    }

    private void show(OptimizationResult r) {
        boolean lostEdits = edited.get();
        running.set(false);
        result.set(r);
        List<Change> all = new ArrayList<>(r.changes());
        all.addAll(r.rejected());
        for (Change c : all) if (!order.contains(c.id())) order.add(c.id());
        all.sort(Comparator.comparingInt(c -> order.indexOf(c.id())));
        changes.setAll(all.stream().map(c -> new ChangeItem(c, !r.rejected().contains(c))).toList());
        warnings.setAll(r.warnings());
        boolean noRewrite = !r.changed() && r.rejected().isEmpty();
        reason.set(noRewrite ? r.unchangedReason() : null);
        verification.set(verificationText(r));
        loading = true;
        optimized.set(r.text());
        loading = false;
        edited.set(false);
        optimizedGraph.documentReplaced();
        optimizedGraph.showText(r.text());
        long accepted = r.dockerfileChanges().size();
        message.set(noRewrite ? "No safe rewrite" : accepted + " change" + (accepted == 1 ? "" : "s") + " applied"
                + (r.rejected().isEmpty() ? "" : ", " + r.rejected().size() + " rejected")
                + (lostEdits ? "; your edits to the optimized text were replaced" : ""));
    }

    /** What the page says about checking the rewrite: "Unverified: build both and verify" until a verification ran. */
    static String verificationText(OptimizationResult r) {
        if (!r.changed()) return "";
        return switch (r.verification()) {
            case NOT_RUN -> "Unverified: build both and verify";
            case EQUIVALENT -> "Verified: both variants behave the same";
            case DIFFERS -> "Differs from the original: see the verification";
            case NOT_CHECKED -> "Not verified: the behaviour could not be compared";
        };
    }

    /** A change was clicked: its original lines are selected (the view scrolls there). */
    public void select(ChangeItem item) {
        selection.set(item == null || item.change().lines().isEmpty() ? null : new LineRange(
                item.change().lines().get(0).first(), item.change().lines().get(item.change().lines().size() - 1).last()));
    }

    /** Selects line {@code line} (1-based) of the original (a verification finding points there). */
    public void selectOriginalLine(int line) {
        selection.set(null);
        selection.set(new LineRange(line, line));
    }

    /** Selects line {@code line} (1-based) of the optimized text. */
    public void selectOptimizedLine(int line) {
        optimizedSelection.set(null);
        optimizedSelection.set(new LineRange(line, line));
    }

    /** Sets the (possibly hand-edited) optimized text as the build's second variant and builds both. */
    public void buildBoth() {
        if (!hasRewrite()) {
            message.set("Nothing to build yet: optimize first.");
            return;
        }
        build.setOptimized(optimized.get(), edited.get() ? "optimizer, edited by hand" : "optimizer");
        build.build();
        message.set(build.messageProperty().get());
    }

    /** True when there is an optimized text to show, edit, build and export. */
    public boolean hasRewrite() {
        OptimizationResult r = result.get();
        return r != null && reason.get() == null;
    }

    /** The proposed .dockerignore when the optimizer proposes one (and it was not rejected), else null. */
    public String proposedDockerignore() {
        OptimizationResult r = result.get();
        return r == null ? null : r.proposedDockerignore();
    }

    public Path dockerfile() { return dockerfile; }

    public ReadOnlyStringProperty originalProperty() { return original.getReadOnlyProperty(); }

    /** The optimized text; the view writes the user's edits here. */
    public StringProperty optimizedProperty() { return optimized; }

    public ReadOnlyObjectProperty<OptimizationResult> resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<DiffRows> diffProperty() { return diff.getReadOnlyProperty(); }

    public ObservableList<ChangeItem> changes() { return changes; }

    public ObservableList<String> warnings() { return warnings; }

    /** Why no safe rewrite is possible (no diff is shown then), or null. */
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether the shown rewrite was verified ("Unverified: build both and verify" from the optimizer alone; "" without a rewrite). */
    public ReadOnlyStringProperty verificationProperty() { return verification.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** True when the optimized text differs from what the optimizer produced. */
    public ReadOnlyBooleanProperty editedProperty() { return edited.getReadOnlyProperty(); }

    /** The original lines to select, or null. */
    public ReadOnlyObjectProperty<LineRange> selectionProperty() { return selection.getReadOnlyProperty(); }

    /** The optimized lines to select, or null. */
    public ReadOnlyObjectProperty<LineRange> optimizedSelectionProperty() { return optimizedSelection.getReadOnlyProperty(); }

    public GraphViewModel originalGraph() { return originalGraph; }

    public GraphViewModel optimizedGraph() { return optimizedGraph; }
}

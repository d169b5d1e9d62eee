package io.dockwright.ui.graph;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Position;
import io.dockwright.dockerfile.Span;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageEdit;
import io.dockwright.stages.StageEdits;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import io.dockwright.ui.BuildOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the stage visualizer. It is handed each new {@link GraphInput} (the editor's parsed text and stage
 * graph) on the UI thread and only lays it out, on the background executor: one layout at a time, the latest
 * input waiting, results for outdated inputs dropped. While the text has errors the last good graph stays,
 * marked stale. Clicks and caret moves sync with the editor through selection requests and the highlighted
 * stage; visual edits come out as {@link StageEdit}s for the editor to apply as one undoable change.
 * Target and build args are the shared {@link BuildOptions}. Every method is called on the UI thread.
 */
public final class GraphViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GraphViewModel.class);
    private final BackgroundExecutor executor;
    private final StageGraphLayouter layouter;
    private final BuildOptions options;
    private long generation;
    private boolean layoutRunning;
    private Runnable waiting;
    private boolean inputCurrent;
    private int caret = -1;
    private GraphInput current;
    private Shown shown;
    private BuildResult built;
    private List<String> builtStructure;

    /** A laid-out input: the graph drawn (the input's, or rebuilt for the last stage when the target is gone). */
    private record Shown(GraphInput input, StageGraph graph, GraphLayout layout) {}

    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(GraphLayout.EMPTY);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper laidOut = new ReadOnlyBooleanWrapper(); // the document's first layout is shown
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper effectiveTarget = new ReadOnlyStringWrapper();
    private final List<Consumer<Span>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StageEdit>> editListeners = new CopyOnWriteArrayList<>();
    private final LegendViewModel legend = new LegendViewModel();

    public GraphViewModel(BackgroundExecutor executor, StageGraphLayouter layouter, BuildOptions options) {
        this.executor = executor;
        this.layouter = layouter;
        this.options = options;
    }

    /** The text was edited: the current input is outdated until the next one arrives (visual edits wait). */
    public void textEdited() {
        inputCurrent = false;
    }

    /** Shows a small text that no editor analyses (the optimizer's): parsed on the calling thread, laid out off it. */
    public void showText(String text) {
        textEdited();
        show(GraphInput.parse(generation + 1, text, options.graphOptionsProperty().get()));
    }

    /** A new analysis of the current text: shown at once when broken (the last good graph, stale), else laid out. */
    public void show(GraphInput input) {
        current = input;
        inputCurrent = true;
        long gen = ++generation;
        String error = input.text().isBlank() ? null : firstError(input.file(), input.graph());
        if (error != null && shown != null) {
            waiting = null;
            problem.set(error);
            stale.set(true);
            return;
        }
        Runnable job = () -> layOut(gen, input, error);
        if (layoutRunning) {
            waiting = job;
        } else {
            job.run();
        }
    }

    private void layOut(long gen, GraphInput input, String error) {
        layoutRunning = true;
        GraphOptions opts = options.graphOptionsProperty().get();
        try {
            executor.submit(() -> {
                StageGraph graph = withKnownTarget(input.file(), input.graph(), opts);
                return new Shown(input, graph, layouter.layout(graph));
            }, result -> {
                finished();
                if (gen == generation) apply(result, error);
            }, failure -> {
                finished();
                if (gen == generation) {
                    problem.set("Could not lay out the graph: " + failure);
                    stale.set(true);
                }
            });
        } catch (IllegalStateException closed) {
            LOG.debug("No layout: the executor is closed (the window is closing)", closed);
            layoutRunning = false;
        }
    }

    private void finished() {
        layoutRunning = false;
        Runnable next = waiting;
        waiting = null;
        if (next != null) next.run();
    }

    /** A target that no longer exists (renamed, deleted): draw the default target rather than nothing. */
    private static StageGraph withKnownTarget(Dockerfile file, StageGraph graph, GraphOptions opts) {
        boolean unknown = graph.diagnostics().stream().anyMatch(d -> d.code().equals("unknown-target"));
        return unknown ? StageGraphBuilder.build(file, new GraphOptions(null, opts.buildArgs())) : graph;
    }

    private static String firstError(Dockerfile file, StageGraph graph) {
        Diagnostic error = Stream.concat(file.diagnostics().stream(), graph.diagnostics().stream())
                .filter(d -> d.isError() && !d.code().equals("unknown-target")).findFirst().orElse(null);
        if (error == null) return null;
        Position at = file.position(error.span().start());
        return "Line " + at.line() + ":" + at.column() + ": " + error.message();
    }

    private void apply(Shown result, String error) {
        shown = result;
        laidOut.set(true);
        stale.set(error != null);
        problem.set(error);
        List<String> structure = StageSizes.structure(result.layout().cards());
        if (builtStructure == null) builtStructure = structure;
        else if (!builtStructure.equals(structure)) built = null; // the stages changed: the old sizes no longer fit
        layout.set(withSize(result.layout()));
        List<String> labels = result.graph().stages().stream().map(Stage::name).filter(Objects::nonNull).toList();
        if (!labels.equals(targets)) targets.setAll(labels);
        int t = result.graph().target();
        effectiveTarget.set(t >= 0 ? result.graph().stages().get(t).label() : null);
        caretMoved(caret);
    }

    /** Another document was opened: forget the previous one's graph (it must not be shown as "last good"). */
    public void documentReplaced() {
        generation++;
        waiting = null;
        shown = null;
        laidOut.set(false);
        current = null;
        inputCurrent = false;
        built = null;
        builtStructure = null;
    }

    /**
     * The last build of this text (null: none): every stage card shows its share of the image until the stages,
     * their parents or the target change.
     */
    public void setBuildResult(BuildResult result) {
        built = result;
        builtStructure = shown == null ? null : StageSizes.structure(shown.layout().cards());
        if (shown != null) layout.set(withSize(shown.layout()));
    }

    private GraphLayout withSize(GraphLayout l) {
        if (built == null) return l;
        return new GraphLayout(StageSizes.apply(l.cards(), built), l.images(), l.edges(), l.width(), l.height());
    }

    /** The editor's caret moved: highlight the stage that contains it. */
    public void caretMoved(int offset) {
        caret = offset;
        if (shown == null || offset < 0) {
            highlighted.set(-1);
            return;
        }
        highlighted.set(shown.graph().stageAt(offset).map(Stage::index).orElse(-1));
    }

    /** A card was clicked: ask the editor to select the stage's text. */
    public void selectStage(int index) {
        GraphLayout.StageCard card = layout.get().card(index);
        if (card == null) return;
        highlighted.set(index);
        for (Consumer<Span> l : selectionListeners) l.accept(card.span());
    }

    public void setTarget(String label) { options.setTarget(label); }

    public Optional<String> renameStage(int index, String newName) {
        String old = stageName(index);
        Optional<String> error = edit(e -> e.rename(index, newName));
        if (error.isEmpty() && old != null && old.equalsIgnoreCase(options.targetOrNull())) options.setTarget(newName);
        return error;
    }

    public Optional<String> changeBase(int index, String image) { return edit(e -> e.changeBase(index, image)); }

    public Optional<String> removeStage(int index) { return edit(e -> e.remove(index)); }

    public Optional<String> addStageAfter(int index, String image, String name) {
        return edit(e -> e.addAfter(index, image, name));
    }

    /** A name no stage has yet, for the "add stage" dialog. */
    public String proposeStageName() {
        return current == null ? "stage" : new StageEdits(current.file(), current.graph()).freshName("stage");
    }

    private String stageName(int index) {
        return shown == null || index < 0 || index >= shown.graph().stages().size() ? null : shown.graph().stages().get(index).name();
    }

    private Optional<String> edit(Function<StageEdits, StageEdit> make) {
        if (current == null || !inputCurrent) return Optional.of("The graph is still updating; try again in a moment.");
        if (stale.get()) return Optional.of("Fix the errors in the Dockerfile first (" + problem.get() + ").");
        try {
            StageEdit edit = make.apply(new StageEdits(current.file(), current.graph()));
            for (Consumer<StageEdit> l : editListeners) l.accept(edit);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void onSelectionRequest(Consumer<Span> listener) { selectionListeners.add(listener); }

    public void onEditRequest(Consumer<StageEdit> listener) { editListeners.add(listener); }

    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() { return layout.getReadOnlyProperty(); }

    /** False until the current document's first layout is shown: an empty graph then is not yet "no stages". */
    public ReadOnlyBooleanProperty laidOutProperty() { return laidOut.getReadOnlyProperty(); }

    /** Whether the legend is shown: kept here, so it holds for as long as the app runs. */
    public LegendViewModel legend() { return legend; }
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted.getReadOnlyProperty(); }
    /** Named stages, the choices for the build target. */
    public ObservableList<String> targets() { return FXCollections.unmodifiableObservableList(targets); }
    /** The stage label the build will target (the selected one, or the last stage). */
    public ReadOnlyStringProperty effectiveTargetProperty() { return effectiveTarget.getReadOnlyProperty(); }
    /** The chosen target's name; "" for the last stage. */
    public StringProperty targetProperty() { return options.targetProperty(); }
    /** Target and build args, shared with the build panel and the editor's analysis. */
    public BuildOptions buildOptions() { return options; }
    public ReadOnlyStringProperty buildArgErrorProperty() { return options.errorProperty(); }
    /** The options the graph (and the build) use. */
    public ReadOnlyObjectProperty<GraphOptions> optionsProperty() { return options.graphOptionsProperty(); }
}

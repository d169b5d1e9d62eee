package io.dockwright.ui.graph;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.dockerfile.Span;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageEdit;
import io.dockwright.stages.StageEdits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the stage visualizer. Text and options go in; a debounced background run parses, builds and
 * lays out the graph, dropping stale runs. While the text has errors the last good graph stays, marked
 * stale. Clicks and caret moves sync with the editor through selection requests and the highlighted
 * stage; visual edits come out as {@link StageEdit}s for the editor to apply as one undoable change.
 * Every method is called on the UI thread.
 */
public final class GraphViewModel {
    private final BackgroundExecutor executor;
    private final GraphPipeline pipeline;
    private final Duration debounce;
    private final AtomicLong generation = new AtomicLong();
    private Future<?> pending;
    private String text = "";
    private int caret = -1;
    private GraphPipeline.Result current;
    private GraphPipeline.Result shown;
    private BuildResult built;
    private List<String> builtStructure;

    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(GraphLayout.EMPTY);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper effectiveTarget = new ReadOnlyStringWrapper();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObservableList<String> buildArgs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper buildArgError = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<GraphOptions> options = new ReadOnlyObjectWrapper<>(GraphOptions.DEFAULT);
    private final List<Consumer<Span>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StageEdit>> editListeners = new CopyOnWriteArrayList<>();

    public GraphViewModel(BackgroundExecutor executor, GraphPipeline pipeline, Duration debounce) {
        this.executor = executor;
        this.pipeline = pipeline;
        this.debounce = debounce;
        target.addListener((obs, old, now) -> optionsChanged());
        buildArgs.addListener((javafx.collections.ListChangeListener<String>) c -> optionsChanged());
    }

    /** The editor's text changed: re-run after the debounce delay. */
    public void setText(String newText) {
        text = Objects.requireNonNull(newText);
        schedule(debounce);
    }

    /**
     * Another document was opened: forget the previous one's graph (it must not be shown as "last good")
     * and show this one right away.
     */
    public void documentReplaced(String newText) {
        shown = null;
        current = null;
        built = null;
        builtStructure = null;
        text = Objects.requireNonNull(newText);
        schedule(Duration.ZERO);
    }

    private void optionsChanged() {
        BuildArgs.Parsed parsed = BuildArgs.parse(buildArgs);
        buildArgError.set(parsed.error());
        String t = target.get() == null || target.get().isBlank() ? null : target.get().strip();
        options.set(new GraphOptions(t, parsed.values()));
        schedule(Duration.ZERO);
    }

    private void schedule(Duration delay) {
        long gen = generation.incrementAndGet();
        if (pending != null) pending.cancel(true);
        String snapshot = text;
        GraphOptions opts = options.get();
        try {
            pending = executor.submit(() -> {
                if (!delay.isZero()) Thread.sleep(delay.toMillis());
                return generation.get() == gen ? pipeline.run(snapshot, opts) : null;
            }, result -> {
                if (result != null && generation.get() == gen) apply(result);
            }, error -> {
                if (generation.get() == gen && !(error instanceof InterruptedException)) {
                    problem.set("Could not build the graph: " + error);
                    stale.set(true);
                }
            });
        } catch (IllegalStateException closed) {
            pending = null;
        }
    }

    private void apply(GraphPipeline.Result result) {
        current = result;
        boolean blocked = result.blocked();
        if (!blocked || shown == null) shown = result;
        stale.set(blocked);
        problem.set(result.problem());
        List<String> structure = StageSizes.structure(shown.layout().cards());
        if (builtStructure == null) builtStructure = structure;
        else if (!builtStructure.equals(structure)) built = null; // the stages changed: the old sizes no longer fit
        layout.set(withSize(shown.layout()));
        List<String> labels = shown.graph().stages().stream().map(Stage::name).filter(Objects::nonNull).toList();
        if (!labels.equals(targets)) targets.setAll(labels);
        int t = shown.graph().target();
        effectiveTarget.set(t >= 0 ? shown.graph().stages().get(t).label() : null);
        caretMoved(caret);
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

    public void setTarget(String label) { target.set(label); }

    public Optional<String> renameStage(int index, String newName) {
        String old = stageName(index);
        Optional<String> error = edit(e -> e.rename(index, newName));
        if (error.isEmpty() && old != null && old.equalsIgnoreCase(target.get())) target.set(newName.strip());
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
        if (current == null || !current.text().equals(text)) return Optional.of("The graph is still updating; try again in a moment.");
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
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted.getReadOnlyProperty(); }
    /** Named stages, the choices for the build target. */
    public ObservableList<String> targets() { return FXCollections.unmodifiableObservableList(targets); }
    /** The stage label the build will target (the selected one, or the last stage). */
    public ReadOnlyStringProperty effectiveTargetProperty() { return effectiveTarget.getReadOnlyProperty(); }
    /** The chosen target's name, or null for the last stage. */
    public ObjectProperty<String> targetProperty() { return target; }
    /** Build-arg entries, each {@code KEY=value}. */
    public ObservableList<String> buildArgs() { return buildArgs; }
    public ReadOnlyStringProperty buildArgErrorProperty() { return buildArgError.getReadOnlyProperty(); }
    /** The options the graph (and the build) use. */
    public ReadOnlyObjectProperty<GraphOptions> optionsProperty() { return options.getReadOnlyProperty(); }
}

package io.dockwright.ui.editor;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.Stage;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the editor's content analysis. Every edit bumps a version; analyses run on the
 * {@link BackgroundExecutor} (at most one at a time, the latest text queued) and a result is published
 * only if no edit came after the text it was computed from. Other features read {@link #analysisProperty()}
 * (tree, stage graph, problems) and the caret; they feed {@link #graphOptionsProperty()}.
 */
public final class EditorViewModel {
    private final BackgroundExecutor executor;
    private final Analyzer analyzer;
    private final CompletionModel completion = new CompletionModel();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<GraphOptions> graphOptions = new SimpleObjectProperty<>(this, "graphOptions", GraphOptions.DEFAULT);
    private final IntegerProperty caretOffset = new SimpleIntegerProperty(this, "caretOffset");
    private final ReadOnlyStringWrapper caretStatus = new ReadOnlyStringWrapper(this, "caretStatus", "Ln 1, Col 1");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "No problems");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    private long version;
    private boolean running;
    private String pending;
    private long pendingVersion;
    private String lastText;
    private long dropped;

    public EditorViewModel(BackgroundExecutor executor, Analyzer analyzer) {
        this.executor = executor;
        this.analyzer = analyzer;
        graphOptions.addListener((o, was, is) -> {
            if (lastText != null) requestAnalysis(lastText);
        });
    }

    /** Call on every edit (cheap): results computed from older text are then dropped. */
    public void textChanged() {
        version++;
    }

    public long version() { return version; }

    /** Analyses {@code text} (the current text) in the background. */
    public void requestAnalysis(String text) {
        lastText = text;
        if (running) {
            pending = text;
            pendingVersion = version;
            return;
        }
        start(text, version);
    }

    private void start(String text, long v) {
        running = true;
        GraphOptions options = graphOptions.get();
        executor.submit(() -> analyzer.analyze(v, text, options), this::finished, e -> {
            running = false;
            failure.set("Analysis failed: " + e);
            runPending();
        });
    }

    private void finished(Analysis a) {
        running = false;
        if (a.version() == version && pending == null) {
            publish(a);
        } else {
            dropped++;
        }
        runPending();
    }

    private void runPending() {
        if (pending == null) return;
        String text = pending;
        pending = null;
        start(text, pendingVersion);
    }

    private void publish(Analysis a) {
        analysis.set(a);
        problems.setAll(a.problems());
        long errors = a.problems().stream().filter(p -> p.severity() == io.dockwright.dockerfile.Severity.ERROR).count();
        long infos = a.problems().stream().filter(p -> p.severity() == io.dockwright.dockerfile.Severity.INFO).count();
        long others = a.problems().size() - errors - infos;
        problemSummary.set(a.problems().isEmpty() ? "No problems" : errors + " error" + (errors == 1 ? "" : "s") + ", "
                + others + " warning" + (others == 1 ? "" : "s") + (infos == 0 ? "" : ", " + infos + " info"));
    }

    /** How many finished analyses were dropped as stale (for tests and diagnostics). */
    public long droppedResults() { return dropped; }

    public void caretMoved(int offset, int line, int column) {
        caretOffset.set(offset);
        caretStatus.set("Ln " + line + ", Col " + column);
    }

    /** Proposals at {@code caret}; stage names come from the latest analysis. */
    public List<Completion> completions(String text, int caret) {
        Analysis a = analysis.get();
        List<String> stages = a == null ? List.of()
                : a.graph().stages().stream().map(Stage::name).filter(Objects::nonNull).toList();
        return completion.complete(text, caret, stages);
    }

    /** Tooltip text at {@code offset}: the problems there, else the instruction's description; or null. */
    public String hoverText(int offset) {
        Analysis a = analysis.get();
        if (a == null) return null;
        List<Problem> here = a.problems().stream()
                .filter(p -> offset >= p.start() && (offset < p.end() || offset == p.start())).toList();
        if (!here.isEmpty()) {
            return String.join("\n", here.stream().map(p -> p.severity().name().toLowerCase() + ": "
                    + ("lint".equals(p.source()) ? p.code() + " " : "") + p.message()).toList());
        }
        for (Instruction i : a.dockerfile().instructions()) {
            if (i.keywordSpan().contains(offset)) return KeywordDocs.description(i.keyword());
        }
        return null;
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() { return analysis.getReadOnlyProperty(); }

    public ObservableList<Problem> problems() { return problems; }

    public ObjectProperty<GraphOptions> graphOptionsProperty() { return graphOptions; }

    public IntegerProperty caretOffsetProperty() { return caretOffset; }

    public ReadOnlyStringProperty caretStatusProperty() { return caretStatus.getReadOnlyProperty(); }

    public ReadOnlyStringProperty problemSummaryProperty() { return problemSummary.getReadOnlyProperty(); }

    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
}

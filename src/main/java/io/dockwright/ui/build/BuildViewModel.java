package io.dockwright.ui.build;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Failures;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.BuildArgs;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.LineRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The build panel: the two variants (original = the editor's text, optimized = a text given later or a file
 * the user picks), the options both builds share, Build/Cancel, the run history; a failed build asks the
 * editor to show the failing line. Builds run through the engine's build service on the app's build executor.
 */
public final class BuildViewModel {
    public static final String ORIGINAL = "original";
    public static final String OPTIMIZED = "optimized";
    private final BackgroundExecutor executor;
    private final EngineAccess access;
    private final RunHistory history;
    private final Consumer<LineRequest> goToLine;
    private final Supplier<String> editorText;
    private final EngineViewModel engine;
    private final VariantViewModel original;
    private final VariantViewModel optimized;
    private final StringProperty originalText = new SimpleStringProperty(this, "originalText", ""); // the last build's
    private final ObjectProperty<Path> dockerfile = new SimpleObjectProperty<>(this, "dockerfile");
    private final StringProperty optimizedText = new SimpleStringProperty(this, "optimizedText", "");
    private final StringProperty optimizedSource = new SimpleStringProperty(this, "optimizedSource", "none yet");
    private final ObjectProperty<Path> context = new SimpleObjectProperty<>(this, "context");
    private final BuildOptions options = new BuildOptions(); // shared with the stage graph and the editor
    private final StringProperty tagPrefix = new SimpleStringProperty(this, "tagPrefix", "dockwright");
    private final StringProperty network = new SimpleStringProperty(this, "network", BuildVariant.DEFAULT_NETWORK); // as docker build
    private final BooleanProperty noCache = new SimpleBooleanProperty(this, "noCache");
    private final BooleanProperty parallel = new SimpleBooleanProperty(this, "parallel");
    private final ObjectProperty<BackendChoice> backend = new SimpleObjectProperty<>(this, "backend", BackendChoice.AUTO);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<RunHistory.Run> runs = FXCollections.observableArrayList();
    private final BooleanBinding canBuild;
    private boolean cancelled;

    /** {@code editorText} is read when Build is clicked: the original variant is what the editor holds then. */
    public BuildViewModel(BackgroundExecutor executor, EngineAccess access, RunHistory history, Supplier<String> editorText,
                          Consumer<LineRequest> goToLine) {
        this.executor = executor;
        this.editorText = editorText;
        this.access = access;
        this.history = history;
        this.goToLine = goToLine;
        this.engine = new EngineViewModel(executor, access);
        this.original = new VariantViewModel(ORIGINAL, executor);
        this.optimized = new VariantViewModel(OPTIMIZED, executor);
        this.canBuild = running.not().and(context.isNotNull());
        dockerfile.addListener((o, was, is) -> {
            if (is != null && (context.get() == null || (was != null && context.get().equals(was.toAbsolutePath().getParent())))) {
                context.set(is.toAbsolutePath().getParent());
            }
            loadHistory();
        });
    }

    /** Builds the variants that have text: one after the other, or both at once when {@code parallel}. */
    public void build() {
        if (!canBuild.get()) return;
        String text = editorText.get();
        originalText.set(text == null ? "" : text);
        if (originalText.get().isBlank() && optimizedText.get().isBlank()) {
            message.set("Nothing to build: the editor is empty and no optimized Dockerfile is set.");
            return;
        }
        Map<String, String> args;
        try {
            args = BuildArgs.parse(options.buildArgsProperty().get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        List<BuildVariant> variants = new ArrayList<>();
        if (!originalText.get().isBlank()) variants.add(variant(ORIGINAL, originalText.get(), args));
        if (!optimizedText.get().isBlank()) variants.add(variant(OPTIMIZED, optimizedText.get(), args));
        running.set(true);
        cancelled = false;
        for (BuildVariant v : variants) vm(v.label()).reset();
        message.set("Connecting to the engine…");
        String endpoint = engine.endpointProperty().get();
        executor.submit(() -> access.ready(endpoint), service -> start(service, variants), e -> {
            running.set(false);
            message.set("Cannot build: " + firstLine(e.getMessage()));
            engine.check();
        });
    }

    private BuildVariant variant(String label, String text, Map<String, String> args) {
        return new BuildVariant(label, text, context.get(), options.targetProperty().get(), args, network.get(), noCache.get(),
                tagPrefix.get() + "-" + label + ":latest");
    }

    private void start(BuildService service, List<BuildVariant> todo) {
        if (!engine.isConnected()) engine.check(); // the status line catches up; the build does not wait for it
        if (cancelled) {
            running.set(false);
            message.set("Build cancelled");
            return;
        }
        message.set(todo.size() == 2 && parallel.get() ? "Building both variants at once…" : "Building " + todo.get(0).label() + "…");
        List<BuildVariant> queue = new ArrayList<>(todo);
        Runnable next = new Runnable() {
            @Override
            public void run() {
                if (queue.isEmpty() || cancelled) {
                    if (!original.isRunning() && !optimized.isRunning()) finished();
                    return;
                }
                BuildVariant v = queue.remove(0);
                VariantViewModel vm = vm(v.label());
                boolean chain = !parallel.get();
                if (chain) message.set("Building " + v.label() + "…");
                vm.attach(service.start(v, backend.get(), vm.listener(done -> ended(done, chain ? this : () -> {
                    if (!original.isRunning() && !optimized.isRunning()) finished();
                }))));
                if (!chain) run();
            }
        };
        next.run();
    }

    private void ended(VariantViewModel vm, Runnable then) {
        BuildFailedException f = vm.failureProperty().get();
        if (vm.resultProperty().get() != null && f == null) record(vm);
        if (f != null && !f.isCancellation()) {
            if (f.line() > 0) goToLine.accept(new LineRequest(vm.label(), f.line(), vm.label() + " build failed: " + f.describe()));
            if (f.getCause() instanceof EngineUnavailableException) engine.lost(f.getMessage());
            engine.check();
        }
        then.run();
    }

    private void finished() {
        running.set(false);
        List<String> parts = new ArrayList<>();
        for (VariantViewModel v : List.of(original, optimized)) {
            if (v.stateProperty().get() != null) parts.add(v.label() + ": " + v.statusProperty().get());
        }
        message.set(cancelled ? "Build cancelled" : String.join(" · ", parts));
    }

    /** Stops the running builds (the engine removes their containers). */
    public void cancel() {
        cancelled = true;
        original.cancel();
        optimized.cancel();
        message.set("Cancelling…");
    }

    private void record(VariantViewModel vm) {
        Path file = dockerfile.get();
        if (file == null) return;
        var result = vm.resultProperty().get();
        executor.submit(() -> {
            history.record(file, result, Instant.now());
            return history.runs(file);
        }, this::showRuns, e -> message.set("Could not save the run history: " + e.getMessage()));
    }

    private void loadHistory() {
        Path file = dockerfile.get();
        if (file == null) {
            runs.clear();
            return;
        }
        executor.submit(() -> history.runs(file), this::showRuns, e -> {
            Failures.log("Reading the run history of " + file).accept(e);
            runs.clear();
        });
    }

    private void showRuns(List<RunHistory.Run> list) {
        List<RunHistory.Run> newestFirst = new ArrayList<>(list);
        Collections.reverse(newestFirst);
        runs.setAll(newestFirst);
    }

    /** Shows a past run's result again (it goes to the chart like a fresh one). */
    public void reopen(RunHistory.Run run) {
        if (run == null || running.get()) return;
        vm(run.result().label()).reopen(run.result(), run.at());
        message.set("Reopened the " + run.result().label() + " build of " + run.at());
    }

    /** Reads a second Dockerfile to build as the optimized variant (in the background). */
    public void loadOptimized(Path file) {
        executor.submit(() -> Files.readString(file), text -> {
            optimizedText.set(text);
            optimizedSource.set(file.getFileName().toString());
        }, e -> message.set("Cannot read " + file + ": " + e.getMessage()));
    }

    /** Sets the optimized text from the optimizer (source names where it came from). */
    public void setOptimized(String text, String source) {
        optimizedText.set(text == null ? "" : text);
        optimizedSource.set(text == null || text.isBlank() ? "none yet" : source);
    }

    private VariantViewModel vm(String label) {
        return OPTIMIZED.equals(label) ? optimized : original;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Elapsed-time refresh for the running builds (the view calls it on a timer). */
    public void tick() {
        original.tick();
        optimized.tick();
    }

    public EngineViewModel engine() { return engine; }

    public VariantViewModel original() { return original; }

    public VariantViewModel optimized() { return optimized; }

    public StringProperty originalTextProperty() { return originalText; }

    public ObjectProperty<Path> dockerfileProperty() { return dockerfile; }

    public StringProperty optimizedTextProperty() { return optimizedText; }

    public StringProperty optimizedSourceProperty() { return optimizedSource; }

    public ObjectProperty<Path> contextProperty() { return context; }

    public StringProperty targetProperty() { return options.targetProperty(); }

    public StringProperty buildArgsProperty() { return options.buildArgsProperty(); }

    /** The target and build args this panel builds with, shared with the stage graph. */
    public BuildOptions options() { return options; }

    public StringProperty networkProperty() { return network; }

    /** Images are tagged PREFIX-original:latest and PREFIX-optimized:latest. */
    public StringProperty tagPrefixProperty() { return tagPrefix; }

    public BooleanProperty noCacheProperty() { return noCache; }

    public BooleanProperty parallelProperty() { return parallel; }

    public ObjectProperty<BackendChoice> backendProperty() { return backend; }

    public BooleanProperty runningProperty() { return running; }

    public BooleanBinding canBuildProperty() { return canBuild; }

    public StringProperty messageProperty() { return message; }

    public ObservableList<RunHistory.Run> runs() { return runs; }
}

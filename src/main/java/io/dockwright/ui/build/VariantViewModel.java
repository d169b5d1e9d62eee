package io.dockwright.ui.build;

import io.dockwright.compare.ComparisonFormatter;
import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildProgress;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.result.BuildResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One variant's build as the window shows it: state, log lines (capped; oldest dropped), progress, elapsed
 * time, result or failure. Build events arrive on worker threads and are applied on the UI thread in batches.
 */
public final class VariantViewModel {
    public static final int MAX_LINES = 5_000;
    private final String label;
    private final BackgroundExecutor executor;
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObjectProperty<BuildState> state = new SimpleObjectProperty<>(this, "state");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "not built");
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final ObjectProperty<BuildResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<BuildFailedException> failure = new SimpleObjectProperty<>(this, "failure");
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private BuildHandle handle;
    private int dropped;

    public VariantViewModel(String label, BackgroundExecutor executor) {
        this.label = label;
        this.executor = executor;
    }

    /** Clears the last run; the view shows an empty log. */
    void reset() {
        pending.clear();
        log.clear();
        dropped = 0;
        handle = null;
        state.set(null);
        progress.set(0);
        status.set("waiting");
        elapsed.set("");
        failure.set(null);
    }

    void attach(BuildHandle h) {
        this.handle = h;
    }

    /** A listener that forwards this build's events to the UI thread; {@code onEnd} runs there once it ends. */
    BuildListener listener(Consumer<VariantViewModel> onEnd) {
        return new BuildListener() {
            @Override
            public void onState(BuildState s) {
                post(() -> {
                    state.set(s);
                    if (s == BuildState.QUEUED) status.set("queued");
                    else if (s == BuildState.PACKING_CONTEXT) status.set("sending context");
                    else if (s == BuildState.ANALYSING) status.set("reading image layers");
                    else if (s == BuildState.CANCELLED) status.set("cancelled");
                    if (s.isFinal()) {
                        if (s != BuildState.SUCCEEDED) tick();
                        onEnd.accept(VariantViewModel.this);
                    }
                });
            }

            @Override
            public void onLog(String line) {
                post(() -> append(line));
            }

            @Override
            public void onProgress(BuildProgress p) {
                post(() -> {
                    progress.set(p.fraction());
                    String what = p.description() == null ? "" : " · " + p.description();
                    status.set("step " + p.step() + "/" + p.total() + (p.stage() == null ? "" : " [" + p.stage() + "]") + what);
                });
            }

            @Override
            public void onContext(long size, String warning) {
                post(() -> append("Build context: " + ComparisonFormatter.human(size) + (warning == null ? "" : " — " + warning)));
            }

            @Override
            public void onSuccess(BuildResult r) {
                post(() -> {
                    progress.set(1);
                    result.set(r);
                    elapsed.set(format(Duration.ofMillis(Math.round(r.buildSeconds() * 1000))));
                    status.set("built " + ComparisonFormatter.human(r.sizeBytes()));
                });
            }

            @Override
            public void onFailure(BuildFailedException f) {
                post(() -> {
                    if (!f.isCancellation()) status.set("failed: " + f.describe());
                    append((f.isCancellation() ? "" : "ERROR: ") + f.describe());
                    failure.set(f);
                });
            }
        };
    }

    private void post(Runnable change) {
        pending.add(change);
        if (flushScheduled.compareAndSet(false, true)) executor.onUi(this::flush);
    }

    private void flush() {
        flushScheduled.set(false);
        List<Runnable> batch = new ArrayList<>();
        for (Runnable r; (r = pending.poll()) != null; ) batch.add(r);
        batch.forEach(Runnable::run);
    }

    private void append(String line) {
        log.add(line);
        if (log.size() > MAX_LINES) {
            int over = log.size() - MAX_LINES;
            log.remove(0, over);
            dropped += over;
        }
    }

    /** Updates the elapsed time (the view calls it on a timer while building). */
    public void tick() {
        if (handle != null && result.get() == null) elapsed.set(format(handle.elapsed()));
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Shows a result from the run history (no log, no build). */
    void reopen(BuildResult r, String when) {
        reset();
        result.set(r);
        state.set(BuildState.SUCCEEDED);
        progress.set(1);
        status.set("from history (" + when + "): " + ComparisonFormatter.human(r.sizeBytes()));
        elapsed.set(format(Duration.ofMillis(Math.round(r.buildSeconds() * 1000))));
    }

    public boolean isRunning() {
        BuildState s = state.get();
        return s != null && !s.isFinal();
    }

    public void cancel() {
        if (handle != null) handle.cancel();
    }

    /** Lines dropped from the front of the log to keep it under {@link #MAX_LINES}. */
    public int droppedLines() { return dropped; }

    public String label() { return label; }

    public ObservableList<String> log() { return log; }

    public ObjectProperty<BuildState> stateProperty() { return state; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty statusProperty() { return status; }

    public StringProperty elapsedProperty() { return elapsed; }

    public ObjectProperty<BuildResult> resultProperty() { return result; }

    public ObjectProperty<BuildFailedException> failureProperty() { return failure; }
}

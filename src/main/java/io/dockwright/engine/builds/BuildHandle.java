package io.dockwright.engine.builds;

import io.dockwright.engine.result.BuildResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A started build: its result to come, its elapsed time, and cancel. */
public final class BuildHandle {
    private final BuildRun run;
    private final CompletableFuture<BuildResult> result = new CompletableFuture<>();
    private volatile long startNanos;
    private volatile long endNanos;

    BuildHandle(BuildRun run) {
        this.run = run;
    }

    public BuildVariant variant() {
        return run.variant();
    }

    /** Completes with the result, or exceptionally with a {@link BuildFailedException}. */
    public CompletableFuture<BuildResult> result() {
        return result;
    }

    /** Stops the build; the result then fails with a cancellation. Safe to call at any time, more than once. */
    public void cancel() {
        run.cancel();
    }

    public Duration elapsed() {
        long start = startNanos;
        if (start == 0) return Duration.ZERO;
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return Duration.ofNanos(end - start);
    }

    void started(long nanos) {
        startNanos = nanos;
    }

    void ended(long nanos) {
        endNanos = nanos;
    }

    BuildRun run() {
        return run;
    }
}

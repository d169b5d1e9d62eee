package io.dockwright.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One piece of background work and its two callbacks, of which exactly one runs (through {@code toUi}): success,
 * or failure, also when the work was interrupted, cancelled before it started, or dropped because the executor
 * closed ({@link #abandon}). So a view model's busy flag, cleared in both callbacks, never stays set.
 */
public final class Job<T> extends FutureTask<T> {
    private final Work<T> work;

    private Job(Work<T> work) {
        super(work);
        this.work = work;
    }

    /** {@code toUi} runs a callback where the callbacks belong (the UI thread, or inline). */
    public static <T> Job<T> of(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                                Consumer<Runnable> toUi) {
        return new Job<>(new Work<>(work, onSuccess, onFailure, toUi));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean notStarted = !work.started;
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && notStarted) work.fail(new CancellationException("cancelled before it started"));
        return cancelled;
    }

    /** The executor closed before this job ran: its failure callback says so. */
    public void abandon() {
        super.cancel(false);
        work.fail(new CancellationException("the executor closed before the work started"));
    }

    private static final class Work<T> implements Callable<T> {
        private final Callable<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private final Consumer<Runnable> toUi;
        private final AtomicBoolean reported = new AtomicBoolean();
        private volatile boolean started;

        Work(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure, Consumer<Runnable> toUi) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.toUi = toUi;
        }

        @Override
        public T call() throws Exception {
            started = true;
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt(); // keep the flag for the pool
                fail(e);
                throw e;
            }
            if (reported.compareAndSet(false, true)) toUi.accept(() -> Failures.guarded(() -> onSuccess.accept(value), "success"));
            return value;
        }

        void fail(Throwable e) {
            if (reported.compareAndSet(false, true)) toUi.accept(() -> Failures.guarded(() -> onFailure.accept(e), "failure"));
        }
    }
}

package io.dockwright.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A bounded pool of daemon threads for headless use (CLI, tests): at most {@code threads} jobs run at once;
 * "UI" callbacks run on the worker thread, as there is no UI thread. Every job reports once ({@link Job}).
 */
public final class PooledExecutor implements BackgroundExecutor {
    private final ExecutorService pool;

    public PooledExecutor(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job<T> job = Job.of(work, onSuccess, onFailure, Runnable::run);
        pool.execute(job);
        return job;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        for (Runnable never : pool.shutdownNow()) {
            if (never instanceof Job<?> job) job.abandon();
        }
    }
}

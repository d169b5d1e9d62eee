package io.dockwright.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A bounded pool of daemon threads for headless use (CLI, tests): at most {@code threads} jobs run at once;
 * "UI" callbacks run on the worker thread, as there is no UI thread.
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
        return pool.submit(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                throw e;
            }
            onSuccess.accept(value);
            return value;
        });
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's {@link BackgroundExecutor}: a bounded pool of daemon threads; callbacks go to the FX thread.
 * Work cancelled before it finishes reports nothing. Owned by the app and closed on exit.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService pool;

    public FxBackgroundExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dockwright-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        tpe.allowCoreThreadTimeOut(true);
        this.pool = tpe;
    }

    @Override
    public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return pool.submit(() -> {
            T value;
            try {
                value = work.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            } catch (Exception | Error e) {
                if (!Thread.currentThread().isInterrupted()) Platform.runLater(() -> onFailure.accept(e));
                throw e;
            }
            if (!Thread.currentThread().isInterrupted()) Platform.runLater(() -> onSuccess.accept(value));
            return value;
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

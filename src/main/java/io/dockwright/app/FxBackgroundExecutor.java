package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Job;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link BackgroundExecutor}: a bounded pool of daemon threads; callbacks go to the FX thread. Every job
 * reports once, also when interrupted or dropped at close ({@link Job}). Owned by the app and closed on exit.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);
    private final ThreadPoolExecutor pool;

    public FxBackgroundExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dockwright-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job<T> job = Job.of(work, onSuccess, onFailure, FxBackgroundExecutor::later);
        pool.execute(job);
        return job;
    }

    private static void later(Runnable callback) {
        try {
            Platform.runLater(callback);
        } catch (IllegalStateException toolkitGone) { // the window closed while the work ran: nobody to tell
            LOG.debug("A background callback was dropped: the FX toolkit is gone", toolkitGone);
        }
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            later(action);
        }
    }

    @Override
    public void close() {
        for (Runnable never : pool.shutdownNow()) {
            if (never instanceof Job<?> job) job.abandon();
        }
    }
}

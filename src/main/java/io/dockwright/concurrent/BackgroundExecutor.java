package io.dockwright.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one way the app does background work. Work runs off the UI thread; callbacks run on it.
 * The FX implementation lives in the app; {@link SynchronousExecutor} runs everything inline for tests.
 * Instances are owned centrally and closed on exit.
 */
public interface BackgroundExecutor extends AutoCloseable {

    /**
     * Runs {@code work} in the background, then exactly one of {@code onSuccess} or {@code onFailure} on the UI
     * thread: interrupted or cancelled work, and work dropped by {@link #close}, reaches {@code onFailure}. A
     * callback that throws is logged. For failures the user need not see, pass {@link Failures#log}.
     */
    <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or now when already there and allowed). */
    void onUi(Runnable action);

    /** Stops accepting work and interrupts running work. */
    @Override
    void close();
}

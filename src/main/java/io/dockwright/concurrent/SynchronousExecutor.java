package io.dockwright.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs work and callbacks inline on the calling thread: deterministic, for tests and the CLI. */
public final class SynchronousExecutor implements BackgroundExecutor {
    private volatile boolean closed;

    @Override
    public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (closed) throw new IllegalStateException("executor closed");
        CompletableFuture<T> result = new CompletableFuture<>();
        T value;
        try {
            value = work.call();
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
            onFailure.accept(e);
            return result;
        }
        result.complete(value);
        onSuccess.accept(value);
        return result;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        closed = true;
    }
}

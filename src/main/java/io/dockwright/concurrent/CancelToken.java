package io.dockwright.concurrent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancellation handed to long work (a view model or the CLI cancels, the work checks and reacts): once
 * cancelled it stays cancelled; actions registered with {@link #onCancel} run once, on the cancelling thread,
 * or at once when registered after the cancel. Thread-safe.
 */
public final class CancelToken {
    private static final Logger LOG = LoggerFactory.getLogger(CancelToken.class);
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /** A token nobody cancels. */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) return;
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(CancelToken::runQuietly);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} when the token is cancelled (now, if it already is). The returned handle unregisters
     * it, for work that finished first.
     */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> actions.remove(action);
            }
        }
        runQuietly(action);
        return () -> { };
    }

    /** Unregisters a cancel action; closing twice is harmless. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("A cancel action failed; the others still run", e);
        }
    }
}

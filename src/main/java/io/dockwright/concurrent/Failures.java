package io.dockwright.concurrent;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What happens to failures nobody shows the user: they are logged, once, with what was being done. */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /**
     * A failure callback for background work whose failure the user need not see (a cache, a convenience file):
     * logs "{@code what} failed" with the exception at warn level.
     */
    public static Consumer<Throwable> log(String what) {
        return e -> LOG.warn("{} failed", what, e);
    }

    /** Runs a callback; one that throws is logged instead of lost in a worker thread. */
    static void guarded(Runnable callback, String which) {
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            LOG.error("The {} callback of background work threw", which, e);
        }
    }
}

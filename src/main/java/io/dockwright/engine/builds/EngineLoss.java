package io.dockwright.engine.builds;

import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a build that broke because the engine went away from one that failed on its own: after a failure the
 * engine is pinged; when it no longer answers the failure says so (engine, step, that Dockwright reconnects)
 * instead of passing on a stream or step error, and the session is reset so the next call reconnects.
 */
final class EngineLoss {
    private static final Logger LOG = LoggerFactory.getLogger(EngineLoss.class);
    private final EngineSession session;
    private final EngineConnection connection;

    EngineLoss(EngineSession session, EngineConnection connection) {
        this.session = session;
        this.connection = connection;
    }

    boolean engineAlive() {
        try {
            connection.client().pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            LOG.info("The engine does not answer a ping after a failed build: {}", e.toString());
            return false;
        }
    }

    /**
     * The failure for {@code error} (what the engine reported, or with {@code cause} how the stream broke): the
     * engine's loss when it is gone.
     */
    BuildFailedException failure(BuildRun run, String error, Throwable cause) {
        if (run.isCancelled()) return BuildFailedException.cancellation();
        if (engineAlive()) return run.failure(error, cause);
        session.reset();
        String where = run.progress() == null ? "" : " during step " + run.progress().step() + "/" + run.progress().total();
        String said = cause == null ? " (its last words: " + error + ")" : ""; // a broken stream's exception says nothing more
        return run.failure("Lost the connection to the Docker engine at " + connection.endpoint().uri() + where + said
                + "; the build did not finish. Dockwright reconnects when the engine is back.", cause);
    }
}

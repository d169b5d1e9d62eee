package io.dockwright.engine;

import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's link to an engine: connects on demand, reports status, and reconnects (running discovery again)
 * after the engine was lost. Thread-safe; callers run it off the UI thread.
 */
public final class EngineSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineSession.class);
    private final EngineDiscovery discovery;
    private final HostEnvironment env;
    private EngineConnection current;

    public EngineSession(EngineDiscovery discovery, HostEnvironment env) {
        this.discovery = discovery;
        this.env = env;
    }

    /** The live connection, connecting (or reconnecting) when there is none or it stopped answering. */
    public synchronized EngineConnection connection() throws EngineUnavailableException {
        if (current != null) {
            try {
                current.client().pingCmd().exec();
                return current;
            } catch (RuntimeException lost) {
                LOG.info("The engine at {} stopped answering ({}); looking again", current.endpoint().uri(), lost.toString());
                current.close();
                current = null;
            }
        }
        current = discovery.connect(env);
        return current;
    }

    /** Checks the engine now (on start and on demand). */
    public EngineStatus status() throws EngineUnavailableException {
        return connection().status();
    }

    /** The endpoints the current connection's discovery could not use (empty when not connected). */
    public synchronized java.util.List<io.dockwright.engine.discovery.EngineDiscovery.Attempt> unusable() {
        return current == null ? java.util.List.of() : current.unusable();
    }

    /** Forgets the current connection, so the next call runs discovery again. */
    public synchronized void reset() {
        if (current != null) current.close();
        current = null;
    }

    @Override
    public synchronized void close() {
        reset();
    }
}

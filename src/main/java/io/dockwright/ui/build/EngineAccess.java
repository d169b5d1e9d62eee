package io.dockwright.ui.build;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.ImageAnalyzer;
import java.util.List;
import java.util.Objects;

/**
 * The window's way to the engine: a session for the endpoint the user set (or discovery when none), and a
 * build service on it running on the app's bounded build executor. A new endpoint replaces the session.
 * Blocking calls; the view model runs them in the background. Thread-safe.
 */
public final class EngineAccess implements AutoCloseable {
    private final BackgroundExecutor buildExecutor;
    private final HostEnvironment env;
    private final EngineConnector connector;
    private String override;
    private EngineSession session;
    private BuildService service;

    public EngineAccess(BackgroundExecutor buildExecutor, HostEnvironment env, EngineConnector connector) {
        this.buildExecutor = buildExecutor;
        this.env = env;
        this.connector = connector;
    }

    /** Connects (again, when lost) using {@code endpoint} (blank: discovery) and says who answered. */
    public EngineStatus status(String endpoint) throws EngineUnavailableException {
        return session(endpoint).status();
    }

    /** Who answered, and the endpoints discovery passed over on the way because they cannot be opened. */
    public record Checked(EngineStatus status, List<EngineDiscovery.Attempt> unusable) {}

    /** {@link #status}, with the unusable endpoints discovery passed over. */
    public Checked check(String endpoint) throws EngineUnavailableException {
        EngineSession s = session(endpoint);
        EngineStatus status = s.status();
        return new Checked(status, s.unusable());
    }

    /**
     * The build service, once the engine answers a ping (connecting first when needed): cheaper than
     * {@link #status} (no version and info requests) on the way from the Build click to the build.
     */
    public BuildService ready(String endpoint) throws EngineUnavailableException {
        EngineSession s;
        BuildService ready;
        synchronized (this) {
            s = session(endpoint);
            ready = service;
        }
        s.connection();
        return ready;
    }

    /** The build service on the current endpoint's session. */
    public synchronized BuildService service(String endpoint) {
        session(endpoint);
        return service;
    }

    private synchronized EngineSession session(String endpoint) {
        String wanted = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
        if (session == null || !Objects.equals(wanted, override)) {
            if (session != null) session.close();
            override = wanted;
            session = new EngineSession(new EngineDiscovery(EngineDiscovery.standardLocators(wanted), connector), env);
            service = new BuildService(buildExecutor, session, new ApiBuildBackend(session, new ContextPacker()),
                    new CliBuildBackend(session, BuildKitCli.standard(null)), new ImageAnalyzer());
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null) session.close();
        session = null;
    }
}

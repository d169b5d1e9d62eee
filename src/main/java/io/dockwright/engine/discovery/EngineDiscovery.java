package io.dockwright.engine.discovery;

import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the locators in order and connects to the first endpoint that answers a ping. Every attempt is
 * recorded, so a failure can tell the user exactly where it looked.
 */
public final class EngineDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(EngineDiscovery.class);
    private final List<EngineLocator> locators;
    private final EngineConnector connector;

    public EngineDiscovery(List<EngineLocator> locators, EngineConnector connector) {
        this.locators = List.copyOf(locators);
        this.connector = connector;
    }

    /**
     * The standard order: DOCKER_HOST, context, system, rootless, Desktop, Podman; an endpoint the user set
     * replaces them all (the user said where the engine is).
     */
    public static List<EngineLocator> standardLocators(String override) {
        if (override != null && !override.isBlank()) return List.of(new OverrideLocator(override));
        return List.of(new OverrideLocator(override), new DockerHostLocator(), new DockerContextLocator(),
                SocketLocator.system(), SocketLocator.rootless(), SocketLocator.desktop(), SocketLocator.podman());
    }

    public record Attempt(String locator, EngineEndpoint endpoint, String outcome) {
        @Override
        public String toString() {
            return locator + ": " + (endpoint == null ? "" : endpoint.uri() + " - ") + outcome;
        }
    }

    public EngineConnection connect(HostEnvironment env) throws EngineUnavailableException {
        List<Attempt> attempts = new ArrayList<>();
        Set<String> tried = new LinkedHashSet<>();
        for (EngineLocator locator : locators) {
            EngineLocator.Proposal proposal = locator.locate(env);
            if (proposal.endpoints().isEmpty()) {
                attempts.add(new Attempt(locator.name(), null, proposal.note()));
            }
            for (EngineEndpoint endpoint : proposal.endpoints()) {
                if (!tried.add(endpoint.uri())) {
                    attempts.add(new Attempt(locator.name(), endpoint, "already tried"));
                    continue;
                }
                try {
                    EngineConnection connection = connector.open(endpoint);
                    attempts.add(new Attempt(locator.name(), endpoint, "answered"));
                    return connection.withAttempts(attempts);
                } catch (EngineUnavailableException e) {
                    attempts.add(new Attempt(locator.name(), endpoint, e.getMessage()));
                }
            }
        }
        LOG.debug("No engine answered: {}", attempts);
        throw EngineUnavailableException.noEngine(attempts);
    }
}

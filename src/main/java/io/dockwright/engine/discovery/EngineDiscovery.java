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

    private final boolean windows;
    private static final Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public EngineDiscovery(List<EngineLocator> locators, EngineConnector connector) {
        this(locators, connector, EndpointSyntax.isWindows());
    }

    /** {@code windows}: whether npipe:// endpoints can be opened here. */
    public EngineDiscovery(List<EngineLocator> locators, EngineConnector connector, boolean windows) {
        this.locators = List.copyOf(locators);
        this.connector = connector;
        this.windows = windows;
    }

    /** "cannot be used: why. [step, then] what to do." for an endpoint from {@code endpoint.origin()}. */
    static String cannotUse(EngineEndpoint endpoint, EndpointSyntax.Problem p) {
        String use = endpoint.origin().change(p.instead() != null ? p.instead() : "unix:///path/to/docker.sock or tcp://host:2376");
        return "cannot be used: " + p.why() + ". " + capitalized(p.step() == null ? use : p.step() + ", then " + use) + ".";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The standard order: DOCKER_HOST, context, system, rootless, Desktop, Podman; an endpoint the user set
     * replaces them all (the user said where the engine is).
     */
    public static List<EngineLocator> standardLocators(String override) {
        return standardLocators(override, EndpointOrigin.setting());
    }

    /** The standard order, with {@code override} coming from {@code origin} (the window's setting, --engine). */
    public static List<EngineLocator> standardLocators(String override, EndpointOrigin origin) {
        if (override != null && !override.isBlank()) return List.of(new OverrideLocator(override, origin));
        return List.of(new OverrideLocator(override, origin), new DockerHostLocator(), new DockerContextLocator(),
                SocketLocator.system(), SocketLocator.rootless(), SocketLocator.desktop(), SocketLocator.podman());
    }

    /**
     * One place discovery looked: the locator, the endpoint it proposed (null: none) and what happened. {@code unusable}
     * marks an endpoint Dockwright cannot open at all (ssh://, a bad port, ...): its outcome says why and what to do.
     */
    public record Attempt(String locator, EngineEndpoint endpoint, String outcome, boolean unusable) {
        public Attempt(String locator, EngineEndpoint endpoint, String outcome) {
            this(locator, endpoint, outcome, false);
        }

        /** The whole story of an unusable endpoint in one sentence: which, from where, why, and what to do. */
        public String explanation() {
            return endpoint == null ? locator + ": " + outcome : endpoint.uri() + " (from " + endpoint.source() + ") " + outcome;
        }

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
                java.util.Optional<EndpointSyntax.Problem> problem = EndpointSyntax.check(endpoint.uri(), windows);
                if (problem.isPresent()) {
                    Attempt unusable = new Attempt(locator.name(), endpoint, cannotUse(endpoint, problem.get()), true);
                    if (WARNED.add(unusable.explanation())) LOG.warn("{}", unusable.explanation()); // the window re-checks every few seconds
                    else LOG.debug("{}", unusable.explanation());
                    attempts.add(unusable);
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

package io.dockwright.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.discovery.EngineDiscovery.Attempt;
import io.dockwright.engine.discovery.EngineEndpoint;
import java.util.List;

/** An open connection to one engine: the docker-java client and the raw HTTP client it uses. */
public final class EngineConnection implements AutoCloseable {
    private final EngineEndpoint endpoint;
    private final DockerClient client;
    private final DockerHttpClient http;
    private final List<Attempt> attempts;

    EngineConnection(EngineEndpoint endpoint, DockerClient client, DockerHttpClient http) {
        this(endpoint, client, http, List.of());
    }

    private EngineConnection(EngineEndpoint endpoint, DockerClient client, DockerHttpClient http, List<Attempt> attempts) {
        this.endpoint = endpoint;
        this.client = client;
        this.http = http;
        this.attempts = attempts;
    }

    public EngineConnection withAttempts(List<Attempt> attempts) {
        return new EngineConnection(endpoint, client, http, List.copyOf(attempts));
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    public DockerClient client() {
        return client;
    }

    public DockerHttpClient http() {
        return http;
    }

    /** How discovery got here. */
    public List<Attempt> attempts() {
        return attempts;
    }

    /** The endpoints discovery passed over because Dockwright cannot open them (ssh://, a bad port, ...). */
    public List<Attempt> unusable() {
        return attempts.stream().filter(Attempt::unusable).toList();
    }

    /** Asks the engine who it is; fails with {@link EngineUnavailableException} when it does not answer. */
    public EngineStatus status() throws EngineUnavailableException {
        try {
            Version v = client.versionCmd().exec();
            Info info = client.infoCmd().exec();
            String name = info.getName() != null && v.getComponents() != null && v.getComponents().stream()
                    .anyMatch(c -> "Podman Engine".equals(c.getName())) ? "Podman" : "Docker Engine";
            return new EngineStatus(name, v.getVersion(), v.getApiVersion(), v.getOperatingSystem(), v.getArch(), endpoint.uri());
        } catch (RuntimeException | LinkageError e) { // a LinkageError: npipe's native library on a system without it
            throw new EngineUnavailableException("no answer (" + describe(e) + ")", e);
        }
    }

    /** The root cause's message (or its class when it has none). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        EngineConnector.closeQuietly(client);
        EngineConnector.closeQuietly(http);
    }
}

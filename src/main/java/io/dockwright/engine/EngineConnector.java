package io.dockwright.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.discovery.EngineEndpoint;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a docker-java client (httpclient5 transport) on an endpoint and checks that it answers. */
public final class EngineConnector {
    private static final Logger LOG = LoggerFactory.getLogger(EngineConnector.class);
    private static final String DOCKER_CONFIG = java.nio.file.Path.of(System.getProperty("user.home"), ".docker").toString();
    private final Duration connectTimeout;

    public EngineConnector(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public EngineConnector() {
        this(Duration.ofSeconds(3));
    }

    public EngineConnection open(EngineEndpoint endpoint) throws EngineUnavailableException {
        DockerClientConfig config;
        DockerHttpClient http;
        try {
            // a plain builder: docker-java's default one reads DOCKER_HOST and the current context itself, which would
            // turn every endpoint discovery tries into the environment's (and a bad DOCKER_HOST into every failure)
            DefaultDockerClientConfig.Builder builder = new DefaultDockerClientConfig.Builder()
                    .withDockerHost(endpoint.uri())
                    .withDockerConfig(DOCKER_CONFIG) // where docker-java's default builder looks (registry settings)
                    .withDockerContext("default") // contexts are resolved by discovery, not again here
                    .withDockerTlsVerify(endpoint.tlsVerify());
            if (endpoint.certPath() != null) builder.withDockerCertPath(endpoint.certPath());
            config = builder.build();
            http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig())
                    .connectionTimeout(connectTimeout)
                    .maxConnections(16)
                    .build();
        } catch (RuntimeException | LinkageError e) { // what EndpointSyntax let through and docker-java still refuses
            LOG.warn("docker-java cannot open {}", endpoint, e);
            throw new EngineUnavailableException("cannot be opened: " + EngineConnection.describe(e), e);
        }
        DockerClient client = DockerClientImpl.getInstance(config, http);
        EngineConnection connection = new EngineConnection(endpoint, client, http);
        try {
            connection.status();
            return connection;
        } catch (EngineUnavailableException e) {
            connection.close();
            throw e;
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("Closing {} failed (a dead connection)", c.getClass().getSimpleName(), e);
        }
    }
}

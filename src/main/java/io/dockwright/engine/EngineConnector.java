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
    private final Duration connectTimeout;

    public EngineConnector(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public EngineConnector() {
        this(Duration.ofSeconds(3));
    }

    public EngineConnection open(EngineEndpoint endpoint) throws EngineUnavailableException {
        DockerClientConfig config;
        try {
            DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(endpoint.uri())
                    .withDockerTlsVerify(endpoint.tlsVerify());
            if (endpoint.certPath() != null) builder.withDockerCertPath(endpoint.certPath());
            config = builder.build();
        } catch (RuntimeException e) {
            throw new EngineUnavailableException("invalid endpoint: " + e.getMessage(), e);
        }
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(connectTimeout)
                .maxConnections(16)
                .build();
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

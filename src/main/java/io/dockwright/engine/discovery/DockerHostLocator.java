package io.dockwright.engine.discovery;

/** {@code DOCKER_HOST}, with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}. */
public final class DockerHostLocator implements EngineLocator {
    @Override
    public String name() {
        return "DOCKER_HOST";
    }

    @Override
    public Proposal locate(HostEnvironment env) {
        return env.get("DOCKER_HOST").map(host -> {
            boolean tls = env.get("DOCKER_TLS_VERIFY").map(v -> !v.equals("0") && !v.equalsIgnoreCase("false")).orElse(false);
            String certs = env.get("DOCKER_CERT_PATH").orElse(env.dockerConfigDir().toString());
            return Proposal.of(new EngineEndpoint(host, tls, tls ? certs : null, EndpointOrigin.environment()));
        }).orElse(Proposal.none("DOCKER_HOST is not set"));
    }
}

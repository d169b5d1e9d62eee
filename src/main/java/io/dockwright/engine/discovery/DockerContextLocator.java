package io.dockwright.engine.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Docker CLI context: {@code DOCKER_CONTEXT} or {@code currentContext} in {@code ~/.docker/config.json},
 * resolved through {@code ~/.docker/contexts/meta/<sha256(name)>/meta.json} (its {@code Endpoints.docker.Host}).
 */
public final class DockerContextLocator implements EngineLocator {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "Docker context";
    }

    @Override
    public Proposal locate(HostEnvironment env) {
        Path config = env.dockerConfigDir();
        String context = env.get("DOCKER_CONTEXT").orElse(null);
        String from = "DOCKER_CONTEXT";
        if (context == null) {
            Path configJson = config.resolve("config.json");
            from = configJson.toString();
            try {
                context = readCurrentContext(configJson);
            } catch (IOException e) {
                return Proposal.none("cannot read the current context from " + configJson + " (" + e.getMessage() + ")");
            }
            if (context == null) return Proposal.none("no DOCKER_CONTEXT and no currentContext in " + configJson);
        }
        if (context.equals("default")) return Proposal.none("context 'default' (" + from + ") means the default socket");
        Path meta = config.resolve("contexts").resolve("meta").resolve(sha256(context)).resolve("meta.json");
        try {
            JsonNode docker = json.readTree(Files.readString(meta, StandardCharsets.UTF_8)).path("Endpoints").path("docker");
            String host = docker.path("Host").asText("");
            if (host.isEmpty()) return Proposal.none("context '" + context + "' has no docker endpoint in " + meta);
            boolean tls = !docker.path("SkipTLSVerify").asBoolean(true);
            Path tlsDir = config.resolve("contexts").resolve("tls").resolve(sha256(context)).resolve("docker");
            boolean hasCerts = Files.isDirectory(tlsDir);
            return Proposal.of(new EngineEndpoint(host, tls && hasCerts, hasCerts ? tlsDir.toString() : null,
                    EndpointOrigin.context(context, from)));
        } catch (java.nio.file.NoSuchFileException e) {
            return Proposal.none("context '" + context + "' (" + from + ") does not exist: no " + meta
                    + " (docker context ls lists the contexts; docker context use default goes back to the default)");
        } catch (IOException e) {
            return Proposal.none("context '" + context + "' (" + from + "): cannot read " + meta + " (" + e.getMessage() + ")");
        }
    }

    /** The config's {@code currentContext}, or null when the file or the field is missing. */
    private String readCurrentContext(Path configJson) throws IOException {
        if (!Files.isRegularFile(configJson)) return null;
        String current = json.readTree(Files.readString(configJson, StandardCharsets.UTF_8)).path("currentContext").asText("");
        return current.isBlank() ? null : current;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

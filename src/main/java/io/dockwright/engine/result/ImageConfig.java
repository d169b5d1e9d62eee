package io.dockwright.engine.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The runtime part of an image's config ({@code Config} in {@code GET /images/{id}/json}): what a container of it
 * starts with. Absent values are empty (a string "", a list or map with nothing); {@code healthcheck} is the
 * engine's JSON text of it, or "".
 */
public record ImageConfig(String id, String user, Map<String, String> env, String workingDir, List<String> entrypoint,
                          List<String> cmd, List<String> exposedPorts, List<String> volumes, String stopSignal,
                          String healthcheck) {
    /** The PATH a container gets when its image sets none (the engine's default). */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public ImageConfig {
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
    }

    /** From the engine's inspect answer. */
    public static ImageConfig of(JsonNode inspect) {
        JsonNode c = inspect.path("Config");
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode e : c.path("Env")) {
            String kv = e.asText();
            int eq = kv.indexOf('=');
            env.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
        }
        JsonNode health = c.path("Healthcheck");
        return new ImageConfig(inspect.path("Id").asText(), c.path("User").asText(""), env, c.path("WorkingDir").asText(""),
                strings(c.path("Entrypoint")), strings(c.path("Cmd")), new ArrayList<>(new TreeSet<>(keys(c.path("ExposedPorts")))),
                new ArrayList<>(new TreeSet<>(keys(c.path("Volumes")))), c.path("StopSignal").asText(""),
                health.isMissingNode() || health.isNull() ? "" : health.toString());
    }

    /** The PATH its containers get: its own, else the engine's default. */
    public String path() {
        return env.getOrDefault("PATH", DEFAULT_PATH);
    }

    /** ENTRYPOINT followed by CMD: what a container runs when given no command. */
    public List<String> command() {
        List<String> all = new ArrayList<>(entrypoint);
        all.addAll(cmd);
        return all;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

package io.dockwright.optimize.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an example's manifest says its image must do: print an exact stdout (the default command, or a given
 * command) and exit with a status, or answer an HTTP request with a status and a body fragment.
 */
public sealed interface ExampleCheck {

    /** Run {@code command} (empty: the image's default command) without network; stdout, trimmed, must equal. */
    record Output(List<String> command, String stdout, int exitCode) implements ExampleCheck { }

    /**
     * Start the default command on the host network, wait for {@code port}, GET {@code path}: the status and a
     * body containing {@code bodyContains}. {@code volatilePattern} (may be null) matches the parts of the body
     * that change between requests (timestamps); masked, two responses must be the same.
     */
    record Http(int port, String path, int status, String bodyContains, Pattern volatilePattern) implements ExampleCheck { }

    static ExampleCheck parse(JsonNode check, String where) {
        if (check == null || !check.isObject()) throw new IllegalArgumentException(where + ": \"check\" is missing");
        if (check.has("http")) {
            JsonNode h = check.get("http");
            String regex = h.path("volatile").asText(null);
            return new Http(required(h, "port", where).asInt(), required(h, "path", where).asText(),
                    h.path("status").asInt(200), required(h, "bodyContains", where).asText(),
                    regex == null ? null : Pattern.compile(regex));
        }
        List<String> command = new ArrayList<>();
        check.path("command").forEach(n -> command.add(n.asText()));
        return new Output(List.copyOf(command), required(check, "stdout", where).asText(), check.path("exitCode").asInt(0));
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new IllegalArgumentException(where + ": check needs \"" + field + "\"");
        return value;
    }
}

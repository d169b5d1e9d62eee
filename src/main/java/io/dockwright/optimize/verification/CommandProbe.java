package io.dockwright.optimize.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A command run in both images instead of their ENTRYPOINT and CMD, written as in a Dockerfile: a JSON array
 * (exec form, {@code ["python", "-c", "import app"]}) runs as is; any other text (shell form) runs as
 * {@code /bin/sh -c TEXT} inside the container, as a shell-form CMD does.
 */
public record CommandProbe(String command) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public CommandProbe {
        if (command == null || command.isBlank()) throw new IllegalArgumentException("a probe command is empty");
        argv(command); // validates
    }

    /** The argument list the container runs. */
    public List<String> argv() {
        return argv(command);
    }

    private static List<String> argv(String command) {
        String text = command.strip();
        if (!text.startsWith("[")) return List.of("/bin/sh", "-c", text);
        JsonNode array;
        try {
            array = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("probe command " + text + ": not a JSON array at column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isTextual()) throw new IllegalArgumentException("probe command " + text + ": every element must be a string");
            out.add(n.asText());
        }
        if (!array.isArray() || out.isEmpty()) throw new IllegalArgumentException("probe command " + text + ": an empty array");
        return List.copyOf(out);
    }
}

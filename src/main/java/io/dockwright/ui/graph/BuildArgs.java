package io.dockwright.ui.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses {@code KEY=value} build-arg entries as typed in the graph's fields. */
final class BuildArgs {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The parsed map, and an error message for the first bad entry (null when all are fine). */
    record Parsed(Map<String, String> values, String error) {}

    private BuildArgs() {}

    static Parsed parse(List<String> entries) {
        Map<String, String> values = new LinkedHashMap<>();
        String error = null;
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) continue;
            String trimmed = entry.strip();
            int eq = trimmed.indexOf('=');
            String key = eq < 0 ? trimmed : trimmed.substring(0, eq).strip();
            if (eq < 0 || !KEY.matcher(key).matches()) {
                if (error == null) error = "Build arg \"" + trimmed + "\" is not KEY=value";
                continue;
            }
            values.put(key, trimmed.substring(eq + 1));
        }
        return new Parsed(values, error);
    }
}

package io.dockwright.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a {@code RUN --mount=...} value the stage graph needs: its type and {@code from}. The value
 * is one CSV record (read like Go's {@code encoding/csv}: quoted fields, {@code ""} inside quotes, no bare
 * quotes) of {@code key=value} fields; keys are case-insensitive, the type defaults to {@code bind}.
 */
record MountSpec(String type, String from) {
    private static final Pattern VARIABLE = Pattern.compile("\\$.");
    private static final Set<String> BARE_KEYS = Set.of("readonly", "ro", "readwrite", "rw", "required");

    /** @throws IllegalArgumentException with BuildKit's message when the value is not a valid mount */
    static MountSpec parse(String value) {
        String type = "bind";
        String from = null;
        for (String field : csvFields(value)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (eq < 0) {
                if (BARE_KEYS.contains(key)) continue;
                throw new IllegalArgumentException("invalid field '" + field + "' must be a key=value pair");
            }
            String v = field.substring(eq + 1);
            if (key.equals("type")) type = v.toLowerCase(Locale.ROOT);
            if (key.equals("from")) {
                if (VARIABLE.matcher(v).find()) {
                    throw new IllegalArgumentException("'from' doesn't support variable expansion, define alias stage instead");
                }
                from = v;
            }
        }
        if (from != null && type.equals("secret")) throw new IllegalArgumentException("secret mount should not have a from");
        return new MountSpec(type, from == null || from.isEmpty() ? null : from);
    }

    static List<String> csvFields(String line) {
        if (line.isEmpty()) throw new IllegalArgumentException("failed to parse csv mounts: EOF");
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) throw csvError("extraneous or missing \" in quoted-field");
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') throw csvError("extraneous or missing \" in quoted-field");
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') throw csvError("bare \" in non-quoted-field");
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) return fields;
            i++; // the comma
        }
    }

    private static IllegalArgumentException csvError(String what) {
        return new IllegalArgumentException("failed to parse csv mounts: " + what);
    }
}

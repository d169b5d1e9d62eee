package io.dockwright.dockerfile.instructions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How BuildKit splits a {@code --mount} value: one record of Go's {@code encoding/csv} (quoted fields, {@code ""}
 * inside quotes, no bare quotes), with Go's errors ("parse error on line 1, column N: ...", columns in bytes).
 */
final class MountCsv {
    private static final String PREFIX = "failed to parse csv mounts: ";

    private final String line;
    private int i;

    private MountCsv(String line) {
        this.line = line;
    }

    /** @throws IllegalArgumentException with BuildKit's message when the value is not one CSV record */
    static List<String> fields(String line) {
        if (line.isEmpty()) throw new IllegalArgumentException(PREFIX + "EOF");
        return new MountCsv(line).record();
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(i < line.length() && line.charAt(i) == '"' ? quoted() : plain());
            if (i >= line.length()) return fields;
            i++; // the comma
        }
    }

    private String plain() {
        int end = line.indexOf(',', i);
        if (end < 0) end = line.length();
        int quote = line.indexOf('"', i);
        if (quote >= 0 && quote < end) throw error(quote, "bare \" in non-quoted-field");
        String field = line.substring(i, end);
        i = end;
        return field;
    }

    private String quoted() {
        StringBuilder field = new StringBuilder();
        i++;
        while (true) {
            int quote = line.indexOf('"', i);
            if (quote < 0) throw error(line.length(), "extraneous or missing \" in quoted-field");
            field.append(line, i, quote);
            i = quote + 1;
            if (i < line.length() && line.charAt(i) == '"') {
                field.append('"');
                i++;
            } else if (i >= line.length() || line.charAt(i) == ',') {
                return field.toString();
            } else {
                throw error(quote, "extraneous or missing \" in quoted-field");
            }
        }
    }

    /** Go's column: the 1-based byte index of the char at {@code at}. */
    private IllegalArgumentException error(int at, String what) {
        int column = line.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 1;
        return new IllegalArgumentException(PREFIX + "parse error on line 1, column " + column + ": " + what);
    }
}

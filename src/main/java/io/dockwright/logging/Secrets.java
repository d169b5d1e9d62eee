package io.dockwright.logging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values that must never reach the log (build-arg values, credentials): the log's layout replaces each with
 * {@code ***} wherever it appears in a formatted line, exception texts included. A safety net behind the rule
 * that Dockwright's code logs names, never values. Global like the logger context it serves; bounded in size.
 */
public final class Secrets {
    /** Shorter values would blank out ordinary words and numbers all over the log. */
    static final int MIN_LENGTH = 4;
    private static final int MAX_VALUES = 2000;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private Secrets() {}

    /** Masks {@code value} in every log line from now on (values shorter than four characters are left alone). */
    public static void add(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || VALUES.size() >= MAX_VALUES) return;
        VALUES.add(value);
        String stripped = value.strip();
        if (!stripped.equals(value)) VALUES.add(stripped);
    }

    public static void addAll(Iterable<String> values) {
        for (String v : values) add(v);
    }

    static String redact(String line) {
        if (VALUES.isEmpty() || line == null) return line;
        String out = line;
        for (String v : VALUES) {
            if (out.contains(v)) out = out.replace(v, "***");
        }
        return out;
    }
}

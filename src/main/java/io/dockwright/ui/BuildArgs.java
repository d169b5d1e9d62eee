package io.dockwright.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the build-args field: {@code K=V} pairs separated by spaces, commas or new lines. */
public final class BuildArgs {
    private BuildArgs() {}

    /** The pairs in order; a bad pair fails with its 1-based column in the message. */
    public static Map<String, String> parse(String text) {
        Map<String, String> args = new LinkedHashMap<>();
        if (text == null) return args;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') i++;
            String pair = text.substring(start, i);
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Build arg at column " + (start + 1) + " ('" + pair
                        + "') is not NAME=VALUE");
            }
            args.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return args;
    }
}

package io.dockwright.ui.welcome;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-line descriptions of the example projects, read from the bullets of their README
 * ({@code - `name`: description...}): the first sentence, without Markdown backticks.
 */
public final class ExampleNotes {
    private ExampleNotes() {}

    public static Map<String, String> parse(String readme) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : (readme == null ? "" : readme).split("\\R")) {
            if (line.startsWith("- `") && line.indexOf("`:", 3) > 0) {
                put(out, name, text);
                int end = line.indexOf("`:", 3);
                name = line.substring(3, end);
                text.setLength(0);
                text.append(line.substring(end + 2).strip());
            } else if (name != null && line.startsWith("  ") && !line.isBlank()) {
                text.append(' ').append(line.strip());
            } else {
                put(out, name, text);
                name = null;
            }
        }
        put(out, name, text);
        return out;
    }

    private static void put(Map<String, String> out, String name, StringBuilder text) {
        if (name == null || text.isEmpty()) return;
        String s = text.toString().replace("`", "");
        int dot = firstSentenceEnd(s);
        s = dot > 0 ? s.substring(0, dot) : s;
        out.put(name, Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    /** The end of the first sentence: a full stop followed by a space, outside parentheses. */
    private static int firstSentenceEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if ((c == '.' || c == ';') && depth == 0 && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }
}

package io.dockwright.lint;

import io.dockwright.dockerfile.Word;

/**
 * Maps each char of a shell-form word's value (continuations and comment lines removed, as BuildKit joins
 * them) back to its offset in the source, by walking both texts once.
 */
final class SourceOffsets {
    private SourceOffsets() {}

    static int[] of(String text, Word word) {
        String value = word.value();
        int[] out = new int[value.length()];
        int s = word.span().start();
        int end = Math.min(word.span().end(), text.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            while (s < end && text.charAt(s) != c) {
                if (text.charAt(s) == '\n') s = skipDroppedLines(text, s + 1, end);
                else s++;
            }
            out[i] = Math.min(s, Math.max(word.span().start(), end - 1));
            if (s < end) s++;
        }
        return out;
    }

    /** Past blank lines and comment lines inside a continuation, which BuildKit drops. */
    private static int skipDroppedLines(String text, int from, int end) {
        int s = from;
        while (s < end) {
            int p = s;
            while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) p++;
            if (p < end && text.charAt(p) == '#' || p < end && text.charAt(p) == '\n') {
                int nl = text.indexOf('\n', p);
                if (nl < 0 || nl >= end) return end;
                s = nl + 1;
            } else {
                return s;
            }
        }
        return s;
    }
}

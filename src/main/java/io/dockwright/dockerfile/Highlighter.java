package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.ARGUMENT;
import static io.dockwright.dockerfile.TokenKind.STRING;
import static io.dockwright.dockerfile.TokenKind.VARIABLE;

/** Classifies shell-like argument text: quoted strings, {@code $VAR}/{@code ${VAR...}}, escapes, plain words. */
final class Highlighter {
    private final LogicalLine line;
    private final String text;
    private final char escape;

    Highlighter(LogicalLine line, String text, char escape) {
        this.line = line;
        this.text = text;
        this.escape = escape;
    }

    char escape() { return escape; }

    /**
     * Highlights {@code [from, to)} as shell words. Single pass, linear; plain chars keep the default
     * (whitespace or argument) that {@link LogicalLine#freeze()} gave them.
     */
    void shell(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < to) {
                line.mark(i, i + 2, ARGUMENT);
                i += 2;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < to && text.charAt(end) != '\'') end++;
                end = Math.min(end + 1, to);
                line.mark(i, end, STRING);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(i, to);
            } else if (c == '$') {
                int end = variableEnd(i, to);
                line.mark(i, Math.max(end, i + 1), end > 0 ? VARIABLE : ARGUMENT);
                i = Math.max(end, i + 1);
            } else {
                i++; // whitespace and plain chars keep the default classification
            }
        }
    }

    private int doubleQuoted(int open, int to) {
        line.mark(open, open + 1, STRING);
        int i = open + 1;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"') {
                line.mark(i, i + 1, STRING);
                return i + 1;
            }
            if (c == escape && i + 1 < to) {
                line.mark(i, i + 2, STRING);
                i += 2;
            } else if (c == '$' && variableEnd(i, to) > 0) {
                int end = variableEnd(i, to);
                line.mark(i, end, VARIABLE);
                i = end;
            } else {
                line.mark(i, i + 1, STRING);
                i++;
            }
        }
        return to;
    }

    /** Marks variable references inside an already classified range (JSON strings). */
    void variablesIn(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == escape || c == '\\') {
                i++;
            } else if (c == '$') {
                int end = variableEnd(i, to);
                if (end > 0) {
                    line.mark(i, end, VARIABLE);
                    i = end - 1;
                }
            }
        }
    }

    /** End of the variable reference starting with the {@code $} at {@code i}, or -1 when there is none. */
    int variableEnd(int i, int to) {
        if (i + 1 >= to) return -1;
        char c = text.charAt(i + 1);
        if (c == '{') {
            int depth = 1;
            for (int j = i + 2; j < to; j++) {
                char d = text.charAt(j);
                if (d == '{') depth++;
                else if (d == '}' && --depth == 0) return j + 1;
            }
            return to;
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i + 2;
            while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) j++;
            return j;
        }
        if (c >= '0' && c <= '9') {
            int j = i + 2;
            while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
            return j;
        }
        return "@*#?$!".indexOf(c) >= 0 ? i + 2 : -1;
    }
}

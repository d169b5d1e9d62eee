package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.ARGUMENT;
import static io.dockwright.dockerfile.TokenKind.JSON_PUNCTUATION;
import static io.dockwright.dockerfile.TokenKind.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exec form: a JSON array of strings, validated as Go's {@code encoding/json} does (strict grammar, nesting
 * limited to 10000, only JSON whitespace after the value). Iterative, so deep nesting cannot overflow the stack.
 */
final class JsonArgs {
    enum Status { NOT_ARRAY, INVALID, NON_STRING, OK }

    /** One top-level element that is a string: its decoded value and logical range (with quotes). */
    record Element(String value, int start, int end) {}

    private static final int MAX_DEPTH = 10000;
    private static final int VALUE = 0, VALUE_OR_CLOSE = 1, KEY_OR_CLOSE = 2, KEY = 3, COLON = 4, AFTER = 5;

    private final String s;
    private final LogicalLine line;
    private final Highlighter highlighter;
    private final List<Element> elements = new ArrayList<>();
    private int nonString = -1;
    private String error = "";

    private JsonArgs(String s, LogicalLine line, Highlighter highlighter) {
        this.s = s;
        this.line = line;
        this.highlighter = highlighter;
    }

    /** Parses {@code [from, to)}; highlights JSON tokens (callers re-highlight when the result is not OK). */
    static JsonArgs parse(String s, int from, int to, LogicalLine line, Highlighter highlighter) {
        JsonArgs json = new JsonArgs(s, line, highlighter);
        json.status = json.run(from, to);
        return json;
    }

    private Status status;

    Status status() { return status; }

    List<Element> elements() { return elements; }

    /** Logical offset of the first non-string element (for {@link Status#NON_STRING}). */
    int nonStringAt() { return nonString; }

    String error() { return error; }

    /** The scan's position, the open brackets and what may come next. */
    private int p;
    private int to;
    private byte[] stack = new byte[16];
    private int depth;
    private int state = VALUE;

    private Status run(int from, int until) {
        p = from;
        to = until;
        while (p < to && GoText.isSpace(s.charAt(p))) p++;
        if (p >= to || s.charAt(p) != '[') return Status.NOT_ARRAY;
        while (true) {
            while (p < to && isJsonSpace(s.charAt(p))) p++;
            if (depth == 0 && state == AFTER) {
                if (p < to) return invalid("unexpected text after the array", p);
                return nonString >= 0 ? Status.NON_STRING : Status.OK;
            }
            if (p >= to) return invalid("unexpected end of JSON input", p);
            char c = s.charAt(p);
            Status stop = switch (state) {
                case VALUE, VALUE_OR_CLOSE -> value(c);
                case KEY_OR_CLOSE, KEY -> key(c);
                case COLON -> colon(c);
                default -> separator(c);
            };
            if (stop != null) return stop;
        }
    }

    /** A value (or, right after '[', the close); null to go on. */
    private Status value(char c) {
        if (state == VALUE_OR_CLOSE && c == ']') return close();
        boolean element = depth == 1;
        if (c == '[' || c == '{') return open(c, element);
        if (c == '"') {
            int end = string(p, to, element);
            if (end < 0) return Status.INVALID;
            p = end;
            state = AFTER;
            return null;
        }
        int end = scalar(p, to);
        if (end < 0) return invalid("invalid character '" + c + "' looking for a value", p);
        if (element && nonString < 0) nonString = p;
        line.mark(p, end, ARGUMENT);
        p = end;
        state = AFTER;
        return null;
    }

    private Status open(char c, boolean element) {
        if (element && nonString < 0) nonString = p;
        if (depth == MAX_DEPTH) return invalid("exceeded max depth", p);
        if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
        stack[depth++] = (byte) c;
        punctuation();
        state = c == '[' ? VALUE_OR_CLOSE : KEY_OR_CLOSE;
        return null;
    }

    private Status close() {
        punctuation();
        depth--;
        state = AFTER;
        return null;
    }

    /** An object key (or, right after '{', the close). */
    private Status key(char c) {
        if (state == KEY_OR_CLOSE && c == '}') return close();
        if (c != '"') return invalid("expected a string key", p);
        p = string(p, to, false);
        if (p < 0) return Status.INVALID;
        state = COLON;
        return null;
    }

    private Status colon(char c) {
        if (c != ':') return invalid("expected ':'", p);
        punctuation();
        state = VALUE;
        return null;
    }

    /** After a value: ',' or the bracket that closes the innermost array or object. */
    private Status separator(char c) {
        byte opened = stack[depth - 1];
        char closing = opened == '[' ? ']' : '}';
        if (c == ',') {
            state = opened == '[' ? VALUE : KEY;
        } else if (c == closing) {
            depth--;
            state = AFTER;
        } else {
            return invalid("expected ',' or '" + closing + "'", p);
        }
        punctuation();
        return null;
    }

    private void punctuation() {
        line.mark(p, p + 1, JSON_PUNCTUATION);
        p++;
    }

    private Status invalid(String message, int at) {
        error = message;
        return Status.INVALID;
    }

    private static boolean isJsonSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Scans a string literal at {@code open}; returns the offset after it or -1 when invalid. */
    private int string(int open, int to, boolean keep) {
        StringBuilder value = keep ? new StringBuilder() : null;
        int p = open + 1;
        while (p < to) {
            char c = s.charAt(p);
            if (c == '"') {
                line.mark(open, p + 1, STRING);
                highlighter.variablesIn(open + 1, p);
                if (keep) elements.add(new Element(value.toString(), open, p + 1));
                return p + 1;
            }
            if (c < 0x20) {
                invalid("invalid character in string literal", p);
                return -1;
            }
            if (c != '\\') {
                if (keep) value.append(c);
                p++;
                continue;
            }
            if (p + 1 >= to) break;
            char e = s.charAt(p + 1);
            p += 2;
            switch (e) {
                case '"', '\\', '/' -> append(value, e);
                case 'b' -> append(value, '\b');
                case 'f' -> append(value, '\f');
                case 'n' -> append(value, '\n');
                case 'r' -> append(value, '\r');
                case 't' -> append(value, '\t');
                case 'u' -> {
                    int cp = hex4(p, to);
                    if (cp < 0) {
                        invalid("invalid \\u escape", p);
                        return -1;
                    }
                    p += 4;
                    if (Character.isHighSurrogate((char) cp) && p + 5 < to && s.charAt(p) == '\\'
                            && s.charAt(p + 1) == 'u') {
                        int low = hex4(p + 2, to);
                        if (low >= 0 && Character.isLowSurrogate((char) low)) {
                            append(value, (char) cp);
                            append(value, (char) low);
                            p += 6;
                            break;
                        }
                    }
                    append(value, Character.isSurrogate((char) cp) ? '\uFFFD' : (char) cp);
                }
                default -> {
                    invalid("invalid escape in string literal", p - 1);
                    return -1;
                }
            }
        }
        invalid("unterminated string", open);
        return -1;
    }

    private static void append(StringBuilder sb, char c) {
        if (sb != null) sb.append(c);
    }

    private int hex4(int p, int to) {
        if (p + 4 > to) return -1;
        int v = 0;
        for (int i = p; i < p + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** Scans a number or literal ({@code true}, {@code false}, {@code null}); -1 when there is none. */
    private int scalar(int p, int to) {
        for (String lit : new String[] {"true", "false", "null"}) {
            if (s.startsWith(lit, p) && p + lit.length() <= to) return p + lit.length();
        }
        int i = p;
        if (i < to && s.charAt(i) == '-') i++;
        if (i >= to) return -1;
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < to && isDigit(s.charAt(i))) i++;
        } else {
            return -1;
        }
        if (i < to && s.charAt(i) == '.') {
            int d = ++i;
            while (i < to && isDigit(s.charAt(i))) i++;
            if (i == d) return -1;
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int d = i;
            while (i < to && isDigit(s.charAt(i))) i++;
            if (i == d) return -1;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package io.dockwright.dockerfile;

import java.nio.charset.StandardCharsets;

/**
 * Text helpers that mirror Go's semantics, so the parser splits and quotes exactly as BuildKit does. Public only
 * for the instruction checks ({@code io.dockwright.dockerfile.instructions}), which quote and trim as BuildKit does.
 */
public final class GoText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoText() {}

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085') return false;
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0':
                return true;
            default:
                if (c < '\u1680') return false;
                int type = Character.getType(c);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
        }
    }

    /** BuildKit's {@code [\t\v\f\r ]} whitespace class. */
    static boolean isTokenSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Go regexp's {@code \s}: {@code [\t\n\f\r ]}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** ASCII space as Go sees a single byte ({@code unicode.IsSpace(rune(b))} for ASCII bytes). */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Go's {@code strings.ToLower}: simple per code point mapping. */
    static String toLower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int lower = Character.toLowerCase(cp);
            if (lower != cp && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) sb.appendCodePoint(lower);
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    /** Go's {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    /** Go's {@code strconv.Quote} of the UTF-8 encoding of {@code s}. */
    public static String quote(String s) {
        return quote(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Go's {@code strconv.Quote} of a byte string (invalid UTF-8 bytes become {@code \xNN}). */
    static String quote(byte[] b) {
        StringBuilder out = new StringBuilder(b.length + 2).append('"');
        int i = 0;
        while (i < b.length) {
            int width = utf8Width(b, i);
            if (width == 0) {
                appendHex(out.append("\\x"), b[i] & 0xFF, 2);
                i++;
                continue;
            }
            int cp = decode(b, i, width);
            i += width;
            appendRune(out, cp);
        }
        return out.append('"').toString();
    }

    private static void appendRune(StringBuilder out, int cp) {
        switch (cp) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case 7 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 11 -> out.append("\\v");
            default -> {
                if (isPrint(cp)) {
                    out.appendCodePoint(cp);
                } else if (cp < ' ' || cp == 0x7F) {
                    appendHex(out.append("\\x"), cp, 2);
                } else if (cp < 0x10000) {
                    appendHex(out.append("\\u"), cp, 4);
                } else {
                    appendHex(out.append("\\U"), cp, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append(HEX[(v >>> shift) & 0xF]);
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Length of the valid UTF-8 sequence at {@code i}, or 0 when the byte there starts none. */
    static int utf8Width(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) return 1;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
        else return 0;
        if (i + n > b.length) return 0;
        for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return 0;
        int cp = decode(b, i, n);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        return n;
    }

    private static int decode(byte[] b, int i, int n) {
        if (n == 1) return b[i];
        int cp = b[i] & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 0x3F);
        return cp;
    }
}

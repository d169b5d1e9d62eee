package io.dockwright.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** BuildKit's word splitters, on logical text, keeping where each word stands. */
final class Words {
    /** A word: its value and logical range {@code [start, end)}. */
    record Piece(String value, int start, int end) {}

    private Words() {}

    /**
     * BuildKit's {@code parseWords} (ARG, ENV, LABEL): splits on unquoted whitespace, keeping quotes and escapes
     * in the words; an escape at the very end is dropped.
     */
    static List<Piece> quoteAware(String s, int from, int to, char escape) {
        List<Piece> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        char quote = 0;
        boolean inQuote = false;
        for (int pos = from; pos < to; pos++) {
            char ch = s.charAt(pos);
            if (start < 0) {
                if (GoText.isSpace(ch)) continue;
                start = pos;
            }
            if (!inQuote) {
                if (GoText.isSpace(ch)) {
                    if (word.length() > 0) words.add(new Piece(word.toString(), start, pos));
                    word.setLength(0);
                    start = -1;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    inQuote = true;
                }
                if (ch == escape) {
                    if (pos + 1 == to) continue;
                    word.append(ch);
                    ch = s.charAt(++pos);
                }
                word.append(ch);
            } else {
                if (ch == quote) inQuote = false;
                if (ch == escape && quote != '\'') {
                    if (pos + 1 == to) {
                        inQuote = false;
                        continue;
                    }
                    word.append(ch);
                    ch = s.charAt(++pos);
                }
                word.append(ch);
            }
        }
        if (start >= 0 && word.length() > 0) words.add(new Piece(word.toString(), start, to));
        return words;
    }

    /** BuildKit's {@code reWhitespace.Split}: splits on runs of {@code [\t\v\f\r ]}. */
    static List<Piece> whitespaceDelimited(String s, int from, int to) {
        List<Piece> words = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            if (GoText.isTokenSpace(s.charAt(i))) {
                words.add(new Piece(s.substring(start, i), start, i));
                while (i < to && GoText.isTokenSpace(s.charAt(i))) i++;
                start = i;
            } else {
                i++;
            }
        }
        words.add(new Piece(s.substring(start, to), start, to));
        return words;
    }

    /**
     * Shell words of a whole instruction line as BuildKit's heredoc detection sees them (raw quotes, raw
     * escapes, backslash escape). Returns an empty list when a quote or {@code ${} is left open, as BuildKit
     * then finds no heredoc at all.
     */
    static List<Piece> rawShellWords(String s, int from, int to) {
        List<Piece> words = new ArrayList<>();
        int start = -1;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (GoText.isSpace(c)) {
                if (start >= 0) words.add(new Piece(s.substring(start, i), start, i));
                start = -1;
                i++;
                continue;
            }
            if (start < 0) start = i;
            if (c == '\\') {
                i = Math.min(i + 2, to);
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < to && s.charAt(j) != c) j += (c == '"' && s.charAt(j) == '\\') ? 2 : 1;
                if (j >= to) return List.of();
                i = j + 1;
            } else if (c == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
                int j = s.indexOf('}', i + 2);
                if (j < 0 || j >= to) return List.of();
                i = j + 1;
            } else {
                i++;
            }
        }
        if (start >= 0) words.add(new Piece(s.substring(start, to), start, to));
        return words;
    }

    /**
     * The heredoc name of a raw word body ({@code EOF}, {@code "EOF"}, {@code 'E'OF}): quotes removed and
     * escapes resolved; null unless it forms exactly one word.
     */
    static String unquoteSingleWord(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (GoText.isSpace(c)) {
                if (out != null) words.add(out.toString());
                out = null;
                continue;
            }
            if (out == null) out = new StringBuilder();
            if (c == '\\') {
                if (i + 1 < raw.length()) out.append(raw.charAt(++i));
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < raw.length() && raw.charAt(j) != c) {
                    if (c == '"' && raw.charAt(j) == '\\' && j + 1 < raw.length()) j++;
                    out.append(raw.charAt(j++));
                }
                i = j;
            } else {
                out.append(c);
            }
        }
        if (out != null) words.add(out.toString());
        return words.size() == 1 ? words.get(0) : null;
    }
}

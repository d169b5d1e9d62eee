package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.FLAG;
import static io.dockwright.dockerfile.TokenKind.STAGE_NAME;

import java.util.List;

/**
 * BuildKit's {@code extractBuilderFlags}: the leading {@code --name[=value]} words of an instruction (quotes
 * removed, backslash escapes resolved; a lone {@code --} ends them), with their spans and highlighting.
 */
final class FlagParser {
    private final String s;
    private final LogicalLine line;
    private final Highlighter highlighter;

    FlagParser(String s, LogicalLine line, Highlighter highlighter) {
        this.s = s;
        this.line = line;
        this.highlighter = highlighter;
    }

    /** Reads flags from {@code [from, to)} into {@code out}; returns where the arguments start. */
    int parse(int from, int to, List<Flag> out) {
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean inQuote = false;
        boolean blankOk = false;
        char quote = 0;
        int start = from;
        for (int pos = from; pos <= to; pos++) {
            char ch = pos < to ? s.charAt(pos) : 0;
            if (!inWord) {
                if (pos == to) break;
                if (GoText.isSpace(ch)) continue;
                if (ch != '-' || pos + 1 == to || s.charAt(pos + 1) != '-') return pos;
                inWord = true;
                start = pos;
            }
            if (pos == to) {
                if (!word.toString().equals("--") && (blankOk || word.length() > 0)) addFlag(out, word, start, to);
                else line.mark(start, to, FLAG);
                break;
            }
            if (!inQuote) {
                if (GoText.isSpace(ch)) {
                    inWord = false;
                    if (word.toString().equals("--")) {
                        line.mark(start, pos, FLAG);
                        return pos;
                    }
                    if (blankOk || word.length() > 0) addFlag(out, word, start, pos);
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    inQuote = true;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == to) continue;
                    ch = s.charAt(++pos);
                }
                word.append(ch);
            } else {
                if (ch == quote) {
                    inQuote = false;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == to) {
                        inQuote = false;
                        continue;
                    }
                    ch = s.charAt(++pos);
                }
                word.append(ch);
            }
        }
        return to;
    }

    private void addFlag(List<Flag> out, StringBuilder word, int start, int end) {
        String raw = word.toString();
        int eq = raw.indexOf('=');
        String name = raw.substring(Math.min(2, raw.length()), eq < 0 ? raw.length() : Math.max(eq, 2));
        String value = eq < 0 ? null : raw.substring(eq + 1);
        out.add(new Flag(name, value, raw, line.span(start, end)));
        int rawEq = eq < 0 ? -1 : s.indexOf('=', start);
        if (rawEq < 0 || rawEq >= end) {
            line.mark(start, end, FLAG);
        } else {
            line.mark(start, rawEq + 1, FLAG);
            if (name.equals("from")) line.mark(rawEq + 1, end, STAGE_NAME);
            else highlighter.shell(rawEq + 1, end);
        }
    }
}

package io.dockwright.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The state machine behind {@link ShellWords}: one scan over the text, code point by code point. */
final class ShellLexer {
    private static final int EOF = -1;

    private final String src;
    private final Function<String, String> env;
    private final int escape;
    private final Set<String> matched = new LinkedHashSet<>();
    private final Set<String> unmatched = new LinkedHashSet<>();
    private int pos;
    /** Keep escape characters in the output (inside {@code ${V#pattern}} and {@code ${V/p/r}}). */
    private boolean rawEscapes;

    ShellLexer(String src, Function<String, String> env, char escape) {
        this.src = src;
        this.env = env;
        this.escape = escape;
    }

    ShellWords.Result run() {
        Words words = new Words();
        String value = scanUntil(EOF, false, words);
        return new ShellWords.Result(value, words.finish(), Set.copyOf(matched), Set.copyOf(unmatched));
    }

    private int peek() {
        return pos < src.length() ? src.codePointAt(pos) : EOF;
    }

    private int next() {
        int cp = peek();
        if (cp != EOF) pos += Character.charCount(cp);
        return cp;
    }

    /** Scans up to {@code stop} (consumed) or the end; an unmet {@code stop} is an error. */
    private String scanUntil(int stop, boolean raw, Words words) {
        boolean saved = rawEscapes;
        rawEscapes = raw;
        try {
            StringBuilder out = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (stop != EOF && ch == stop) {
                    next();
                    return out.toString();
                }
                if (ch == '$') {
                    String v = dollar();
                    out.append(v);
                    words.addSplitting(v);
                } else if (ch == '\'' || ch == '"') {
                    String v = ch == '\'' ? singleQuoted() : doubleQuoted();
                    out.append(v);
                    words.addRaw(v);
                } else {
                    next();
                    if (ch == escape) {
                        if (rawEscapes) {
                            words.addRaw(ch);
                            out.appendCodePoint(ch);
                        }
                        ch = next();
                        if (ch == EOF) break;
                        words.addRaw(ch);
                    } else {
                        words.add(ch);
                    }
                    out.appendCodePoint(ch);
                }
            }
            if (stop != EOF) {
                throw new ExpansionException("unexpected end of statement while looking for matching "
                        + new String(Character.toChars(stop)), pos);
            }
            return out.toString();
        } finally {
            rawEscapes = saved;
        }
    }

    private String singleQuoted() {
        int start = pos;
        next();
        StringBuilder out = new StringBuilder();
        while (true) {
            int ch = next();
            if (ch == EOF) {
                throw new ExpansionException("unexpected end of statement while looking for matching single-quote", start);
            }
            if (ch == '\'') return out.toString();
            out.appendCodePoint(ch);
        }
    }

    private String doubleQuoted() {
        int start = pos;
        next();
        StringBuilder out = new StringBuilder();
        while (true) {
            int ch = peek();
            if (ch == EOF) {
                throw new ExpansionException("unexpected end of statement while looking for matching double-quote", start);
            }
            if (ch == '"') {
                next();
                return out.toString();
            }
            if (ch == '$') {
                out.append(dollar());
                continue;
            }
            ch = next();
            if (ch == escape) {
                if (rawEscapes) out.appendCodePoint(ch);
                int after = peek();
                if (after == EOF) continue; // an escape at the very end is dropped
                if (after == '"' || after == '$' || after == escape) ch = next();
            }
            out.appendCodePoint(ch);
        }
    }

    private String dollar() {
        int start = pos;
        next();
        if (peek() != '{') {
            String name = name();
            return name.isEmpty() ? "$" : lookup(name, "");
        }
        next();
        int first = peek();
        if (first == EOF) throw new ExpansionException("syntax error: missing '}'", start);
        if (first == '{' || first == '}' || first == ':') {
            throw new ExpansionException("syntax error: bad substitution", start);
        }
        String name = name();
        int op = next();
        if (op == '}') return lookup(name, "");
        if (op == EOF) throw new ExpansionException("syntax error: missing '}'", start);
        if (op == '/') return replace(name, start);
        boolean nullIsUnset = false;
        String modifier = new String(Character.toChars(op));
        if (op == ':') {
            nullIsUnset = true;
            op = next();
            if (op != EOF) modifier += new String(Character.toChars(op));
        }
        if (op != '+' && op != '-' && op != '?' && op != '#' && op != '%') {
            // BuildKit still reads the operand before it rejects the modifier
            operand(op == '#' || op == '%', start);
            throw new ExpansionException("unsupported modifier (" + modifier + ") in substitution", start);
        }
        String word = operand(op == '#' || op == '%', start);
        String value = env.apply(name);
        track(name, value != null);
        boolean empty = value == null || (nullIsUnset && value.isEmpty());
        switch (op) {
            case '-':
                return empty ? word : value;
            case '+':
                return empty ? "" : word;
            case '?':
                if (value == null) {
                    throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word), start);
                }
                if (empty) {
                    throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word), start);
                }
                return value;
            default: {
                boolean greedy = !word.isEmpty() && word.codePointAt(0) == op;
                String pattern = greedy ? word.substring(Character.charCount(op)) : word;
                String v = value == null ? "" : value;
                try {
                    return op == '%' ? ShellPattern.trimSuffix(pattern, v, greedy) : ShellPattern.trimPrefix(pattern, v, greedy);
                } catch (IllegalArgumentException e) {
                    throw new ExpansionException("invalid pattern (" + pattern + ") in substitution: " + e.getMessage(), start);
                }
            }
        }
    }

    private String operand(boolean raw, int start) {
        try {
            return scanUntil('}', raw, new Words());
        } catch (ExpansionException e) {
            if (peek() == EOF) throw new ExpansionException("syntax error: missing '}'", start);
            throw e;
        }
    }

    private String replace(String name, int start) {
        boolean all = peek() == '/';
        if (all) next();
        String pattern;
        try {
            pattern = scanUntil('/', true, new Words());
        } catch (ExpansionException e) {
            if (peek() == EOF) throw new ExpansionException("syntax error: missing '/' in ${}", start);
            throw e;
        }
        String replacement = operand(true, start);
        String value = env.apply(name);
        track(name, value != null);
        try {
            return ShellPattern.replace(pattern, value == null ? "" : value, replacement, all);
        } catch (IllegalArgumentException e) {
            throw new ExpansionException("invalid pattern (" + pattern + ") in substitution: " + e.getMessage(), start);
        }
    }

    /** A variable name: letters, digits, underscore; or a run of digits; or one special parameter. */
    private String name() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int ch = peek();
            if (name.length() == 0 && Character.isDigit(ch)) {
                while (peek() != EOF && Character.isDigit(peek())) name.appendCodePoint(next());
                return name.toString();
            }
            if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
                next();
                return new String(Character.toChars(ch));
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') break;
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    private String lookup(String name, String unset) {
        String value = env.apply(name);
        track(name, value != null);
        return value != null ? value : unset;
    }

    private void track(String name, boolean set) {
        (set ? matched : unmatched).add(name);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int cp) {
        return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0 || Character.isSpaceChar(cp);
    }

    /** Word splitting alongside the expansion: unquoted whitespace ends a word, quoted text never does. */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;

        void add(int cp) {
            if (isSpace(cp)) {
                if (inWord && word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                addRaw(cp);
            }
        }

        void addRaw(int cp) {
            word.appendCodePoint(cp);
            inWord = true;
        }

        void addSplitting(String s) {
            s.codePoints().forEach(this::add);
        }

        void addRaw(String s) {
            word.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
            return List.copyOf(words);
        }
    }
}

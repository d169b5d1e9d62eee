package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.ERROR;
import static io.dockwright.dockerfile.TokenKind.KEYWORD;
import static io.dockwright.dockerfile.TokenKind.OPERATOR;
import static io.dockwright.dockerfile.TokenKind.STAGE_NAME;

import io.dockwright.dockerfile.instructions.InstructionChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one logical line into an {@link Instruction}, following BuildKit's {@code splitCommand},
 * {@code extractBuilderFlags} and per-keyword line parsers, and classifies every logical char for highlighting.
 */
final class InstructionParser {
    private static final int MAX_ONBUILD_DEPTH = 64;
    private static final Map<String, Keyword> KEYWORDS = new HashMap<>();

    static {
        for (Keyword k : Keyword.values()) {
            if (k != Keyword.UNKNOWN) KEYWORDS.put(GoText.toLower(k.name()), k);
        }
    }

    private final String s;
    private final LogicalLine line;
    private final Highlighter highlighter;
    private final List<Diagnostic> diagnostics;

    InstructionParser(String s, LogicalLine line, Highlighter highlighter, List<Diagnostic> diagnostics) {
        this.s = s;
        this.line = line;
        this.highlighter = highlighter;
        this.diagnostics = diagnostics;
    }

    /** The keyword BuildKit dispatches on ({@code strings.ToLower} lookup); UNKNOWN otherwise. */
    static Keyword keywordOf(String text) {
        return KEYWORDS.getOrDefault(GoText.toLower(text), Keyword.UNKNOWN);
    }

    /** The argument part as BuildKit's line parsers turn it into AST values. */
    private static final class Parts {
        final List<Word> args = new ArrayList<>();
        final List<KeyValue> pairs = new ArrayList<>();
        boolean json;
        Instruction trigger;
    }

    Instruction parse(int from, int to, int depth) {
        int a = from;
        while (a < to && GoText.isSpace(s.charAt(a))) a++;
        int e = to;
        while (e > a && GoText.isSpace(s.charAt(e - 1))) e--;
        int k = a;
        while (k < e && !GoText.isTokenSpace(s.charAt(k))) k++;
        String keywordText = s.substring(a, k);
        Keyword keyword = keywordOf(keywordText);
        line.mark(a, k, keyword == Keyword.UNKNOWN ? ERROR : KEYWORD);
        List<Flag> flags = new ArrayList<>();
        int argsFrom = e;
        if (k < e) {
            int r = k;
            while (r < e && GoText.isTokenSpace(s.charAt(r))) r++;
            argsFrom = new FlagParser(s, line, highlighter).parse(r, e, flags);
        }
        int as = argsFrom;
        while (as < e && GoText.isSpace(s.charAt(as))) as++;
        Span keywordSpan = line.span(a, k);
        Parts parts = new Parts();
        switch (keyword) {
            case ADD, COPY, VOLUME -> jsonOrList(as, e, parts);
            case RUN, CMD, ENTRYPOINT, SHELL -> jsonOrString(as, e, parts);
            case FROM, EXPOSE -> from(as, e, parts, keyword == Keyword.FROM);
            case MAINTAINER, USER, WORKDIR, STOPSIGNAL -> string(as, e, parts);
            case ARG -> arg(as, e, parts);
            case ENV, LABEL -> nameValue(as, e, parts, keyword.name(), line.span(a, e));
            case HEALTHCHECK -> healthcheck(as, e, parts);
            case ONBUILD -> onbuild(as, e, parts, depth);
            default -> {
                highlighter.shell(as, e);
                unknown(keywordText, keywordSpan, depth);
            }
        }
        return new Instruction(keywordText, keyword, line.span(a, e), keywordSpan, List.copyOf(flags),
                parts.json, List.copyOf(parts.args), List.copyOf(parts.pairs), List.of(), parts.trigger);
    }

    /** An unknown keyword; BuildKit only reads an ONBUILD trigger in builds FROM this image, so there a warning. */
    private void unknown(String keywordText, Span keywordSpan, int depth) {
        String what = keywordText.isEmpty() ? "an instruction is missing after a line continuation"
                : "unknown instruction: " + abbreviate(keywordText);
        if (depth == 0) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "unknown-instruction", what, keywordSpan));
        } else {
            diagnostics.add(new Diagnostic(Severity.WARNING, "unknown-instruction",
                    what + InstructionChecks.TRIGGER, keywordSpan));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private Word word(String value, int from, int to) {
        return new Word(value, line.span(from, to));
    }

    /** RUN, CMD, ENTRYPOINT, SHELL: {@code parseMaybeJSON}. */
    private void jsonOrString(int as, int e, Parts parts) {
        if (as >= e) return;
        if (!json(as, e, parts)) {
            highlighter.shell(as, e);
            parts.args.add(word(s.substring(as, e), as, e));
        }
    }

    /** ADD, COPY, VOLUME: {@code parseMaybeJSONToList}. */
    private void jsonOrList(int as, int e, Parts parts) {
        if (as >= e || json(as, e, parts)) return;
        highlighter.shell(as, e);
        for (Words.Piece p : Words.whitespaceDelimited(s, as, e)) parts.args.add(word(p.value(), p.start(), p.end()));
    }

    /** Tries the JSON form; false when BuildKit falls back to the shell form. */
    private boolean json(int as, int e, Parts parts) {
        JsonArgs json = JsonArgs.parse(s, as, e, line, highlighter);
        switch (json.status()) {
            case OK, NON_STRING -> {
                parts.json = true;
                for (JsonArgs.Element el : json.elements()) parts.args.add(word(el.value(), el.start(), el.end()));
                if (json.status() == JsonArgs.Status.NON_STRING) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, "json-not-strings",
                            "when using JSON array syntax, arrays must be comprised of strings only",
                            line.span(json.nonStringAt(), json.nonStringAt() + 1)));
                }
                return true;
            }
            case INVALID -> {
                diagnostics.add(new Diagnostic(Severity.WARNING, "invalid-json",
                        "not a valid JSON array (" + json.error() + "), so it runs in shell form",
                        line.span(as, e)));
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** FROM and EXPOSE: {@code parseStringsWhitespaceDelimited}; marks {@code AS name} in FROM. */
    private void from(int as, int e, Parts parts, boolean isFrom) {
        if (as >= e) return;
        highlighter.shell(as, e);
        List<Words.Piece> words = Words.whitespaceDelimited(s, as, e);
        for (Words.Piece p : words) parts.args.add(word(p.value(), p.start(), p.end()));
        if (isFrom && words.size() >= 3 && words.get(1).value().equalsIgnoreCase("as")) {
            line.mark(words.get(1).start(), words.get(1).end(), KEYWORD);
            line.mark(words.get(2).start(), words.get(2).end(), STAGE_NAME);
        }
    }

    /** MAINTAINER, USER, WORKDIR, STOPSIGNAL: {@code parseString}. */
    private void string(int as, int e, Parts parts) {
        if (as >= e) return;
        highlighter.shell(as, e);
        parts.args.add(word(s.substring(as, e), as, e));
    }

    /** ARG: {@code parseNameOrNameVal}, one raw word per name or name=value. */
    private void arg(int as, int e, Parts parts) {
        highlighter.shell(as, e);
        for (Words.Piece p : Words.quoteAware(s, as, e, highlighter.escape())) {
            parts.args.add(word(p.value(), p.start(), p.end()));
            int eq = p.value().indexOf('=');
            if (eq >= 0) line.mark(p.start() + eq, p.start() + eq + 1, OPERATOR);
            parts.pairs.add(new KeyValue(eq < 0 ? p.value() : p.value().substring(0, eq),
                    eq < 0 ? null : p.value().substring(eq + 1), eq < 0 ? "" : "=", line.span(p.start(), p.end())));
        }
    }

    /** ENV and LABEL: {@code parseNameVal}, with the legacy {@code KEY value} form. */
    private void nameValue(int as, int e, Parts parts, String keyword, Span whole) {
        highlighter.shell(as, e);
        List<Words.Piece> words = Words.quoteAware(s, as, e, highlighter.escape());
        if (words.isEmpty()) return;
        if (words.get(0).value().indexOf('=') < 0) {
            int sep = as;
            while (sep < e && !GoText.isTokenSpace(s.charAt(sep))) sep++;
            int value = sep;
            while (value < e && GoText.isTokenSpace(s.charAt(value))) value++;
            String key = s.substring(as, sep);
            parts.args.add(word(key, as, sep));
            if (sep == e) {
                diagnostics.add(new Diagnostic(Severity.ERROR, "missing-value",
                        keyword + " must have two arguments", whole));
                parts.pairs.add(new KeyValue(key, "", "", line.span(as, e)));
                return;
            }
            parts.args.add(word(s.substring(value, e), value, e));
            parts.args.add(word("", sep, sep));
            parts.pairs.add(new KeyValue(key, s.substring(value, e), "", line.span(as, e)));
            return;
        }
        for (Words.Piece p : words) {
            int eq = p.value().indexOf('=');
            if (eq < 0) {
                diagnostics.add(new Diagnostic(Severity.ERROR, "missing-equals", "Syntax error - can't find = in "
                        + GoText.quote(p.value()) + ". Must be of the form: name=value", line.span(p.start(), p.end())));
                continue;
            }
            int at = p.start() + eq;
            line.mark(at, at + 1, OPERATOR);
            String key = p.value().substring(0, eq);
            String value = p.value().substring(eq + 1);
            parts.args.add(word(key, p.start(), at));
            parts.args.add(word(value, at + 1, p.end()));
            parts.args.add(word("=", at, at + 1));
            parts.pairs.add(new KeyValue(key, value, "=", line.span(p.start(), p.end())));
        }
    }

    /** HEALTHCHECK: the type word ({@code CMD}, {@code NONE}, ...), then the command like CMD. */
    private void healthcheck(int as, int e, Parts parts) {
        if (as >= e) return;
        int sep = as;
        while (sep < e && !GoText.isAsciiSpace(s.charAt(sep))) sep++;
        int next = sep;
        while (next < e && GoText.isAsciiSpace(s.charAt(next))) next++;
        String type = s.substring(as, sep);
        boolean known = type.equalsIgnoreCase("CMD") || type.equalsIgnoreCase("NONE");
        if (known) line.mark(as, sep, KEYWORD); else highlighter.shell(as, sep);
        parts.args.add(word(type, as, sep));
        jsonOrString(next, e, parts);
    }

    /** ONBUILD: the trigger is parsed as an instruction of its own. */
    private void onbuild(int as, int e, Parts parts, int depth) {
        if (as >= e) return;
        if (depth >= MAX_ONBUILD_DEPTH) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "onbuild-trigger", "ONBUILD nested too deeply",
                    line.span(as, e)));
            highlighter.shell(as, e);
            return;
        }
        Instruction trigger = parse(as, e, depth + 1);
        parts.trigger = trigger;
        Keyword k = trigger.keyword();
        if (k == Keyword.ONBUILD || k == Keyword.FROM || k == Keyword.MAINTAINER) {
            String message = k == Keyword.ONBUILD ? "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
                    : k.name() + " isn't allowed as an ONBUILD trigger";
            diagnostics.add(new Diagnostic(Severity.ERROR, "onbuild-trigger", message, trigger.keywordSpan()));
        }
    }
}

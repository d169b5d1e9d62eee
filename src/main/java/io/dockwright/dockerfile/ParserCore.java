package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.COMMENT;
import static io.dockwright.dockerfile.TokenKind.DIRECTIVE;
import static io.dockwright.dockerfile.TokenKind.HEREDOC_BODY;
import static io.dockwright.dockerfile.TokenKind.HEREDOC_MARKER;
import static io.dockwright.dockerfile.TokenKind.LINE_CONTINUATION;
import static io.dockwright.dockerfile.TokenKind.NEWLINE;
import static io.dockwright.dockerfile.TokenKind.WHITESPACE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The line loop of BuildKit's parser ({@code parser.Parse}) over decoded text: parser directives, comments,
 * continuation lines and heredoc bodies, with every char of the text assigned to exactly one token.
 */
final class ParserCore {
    /** What the parse produced. */
    record Result(char escape, List<Directive> directives, List<Instruction> instructions, TokenList tokens,
                  List<Diagnostic> diagnostics) {}

    private static final int MAX_LINE_BYTES = 65535;
    private static final Set<String> DIRECTIVE_NAMES = Set.of("syntax", "escape", "check");

    private final String t;
    private final int n;
    private final boolean singleByteChars;
    private final TokenList tokens = new TokenList();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final Set<String> seenDirectives = new HashSet<>();
    private final LogicalLine logical;
    private char escape = '\\';
    private boolean directivesDone;
    private boolean lineTooLongReported;
    private int pos;
    private int ls;
    private int le;
    private int next;
    private boolean hasNewline;

    /** @param singleByteChars true when each char stands for one byte (ISO-8859-1 decoding) */
    ParserCore(String text, boolean singleByteChars) {
        this.t = text;
        this.n = text.length();
        this.singleByteChars = singleByteChars;
        this.logical = new LogicalLine(text);
    }

    Result run() {
        if (n > 0 && t.charAt(0) == '\uFEFF') {
            tokens.add(TokenKind.BOM, 0, 1);
            pos = 1;
        }
        while (readLine()) {
            int a = skipSpace(ls, le);
            if (!directivesDone && directive(a)) {
                tokens.add(WHITESPACE, ls, a);
                tokens.add(DIRECTIVE, a, le);
                newline();
            } else if (a == le) {
                tokens.add(WHITESPACE, ls, le);
                newline();
            } else if (t.charAt(a) == '#') {
                tokens.add(WHITESPACE, ls, a);
                tokens.add(COMMENT, a, le);
                newline();
            } else {
                instruction(a);
            }
        }
        if (instructions.isEmpty()) {
            int last = n > 0 && t.charAt(n - 1) == '\n' ? n - 1 : n;
            diagnostics.add(new Diagnostic(Severity.ERROR, "no-instructions", "file with no instructions",
                    new Span(last, last)));
        }
        return new Result(escape, List.copyOf(directives), List.copyOf(instructions), tokens,
                List.copyOf(diagnostics));
    }

    private boolean readLine() {
        if (pos >= n) return false;
        ls = pos;
        int nl = t.indexOf('\n', pos);
        int end = nl < 0 ? n : nl;
        hasNewline = nl >= 0;
        next = nl < 0 ? n : nl + 1;
        le = end;
        while (le > ls && t.charAt(le - 1) == '\r') le--;
        pos = next;
        checkLength(ls, end);
        return true;
    }

    private void newline() {
        tokens.add(hasNewline ? NEWLINE : WHITESPACE, le, next);
    }

    private int skipSpace(int from, int to) {
        while (from < to && GoText.isSpace(t.charAt(from))) from++;
        return from;
    }

    /** BuildKit reads lines with a 64 KiB buffer and rejects longer ones. */
    private void checkLength(int start, int end) {
        if (lineTooLongReported || (end - start) <= MAX_LINE_BYTES / 3) return;
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            bytes += singleByteChars || c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        if (bytes > MAX_LINE_BYTES) {
            lineTooLongReported = true;
            diagnostics.add(new Diagnostic(Severity.ERROR, "line-too-long",
                    "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES, new Span(start, end)));
        }
    }

    /** BuildKit's directive parser: {@code # name = value} lines at the very top. */
    private boolean directive(int a) {
        directivesDone = true;
        if (a >= le || t.charAt(a) != '#') return false;
        int p = skipSpace(a + 1, le);
        int nameStart = p;
        if (p >= le || !isAsciiLetter(t.charAt(p))) return false;
        while (p < le && (isAsciiLetter(t.charAt(p)) || (t.charAt(p) >= '0' && t.charAt(p) <= '9'))) p++;
        String name = GoText.toLower(t.substring(nameStart, p));
        while (p < le && GoText.isRegexSpace(t.charAt(p))) p++;
        if (p >= le || t.charAt(p) != '=') return false;
        p++;
        int vs = p;
        while (vs < le && GoText.isRegexSpace(t.charAt(vs))) vs++;
        int ve = le;
        while (ve > vs && GoText.isRegexSpace(t.charAt(ve - 1))) ve--;
        String value;
        if (vs < ve) value = t.substring(vs, ve);
        else if (p < le) value = t.substring(le - 1, le);
        else return false;
        if (!DIRECTIVE_NAMES.contains(name)) return false;
        directivesDone = false;
        Span span = new Span(a, le);
        if (!seenDirectives.add(name)) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "duplicate-directive",
                    "only one " + name + " parser directive can be used", span));
            return true;
        }
        if (name.equals("escape")) {
            if (value.equals("`") || value.equals("\\")) {
                escape = value.charAt(0);
            } else {
                diagnostics.add(new Diagnostic(Severity.ERROR, "invalid-escape",
                        "invalid escape token '" + value + "' does not match ` or \\", span));
            }
        }
        directives.add(new Directive(name, value, span));
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** One instruction: its first line at {@code a}, continuation lines, then heredoc bodies. */
    private void instruction(int a) {
        logical.reset(a);
        logical.gap(WHITESPACE, ls, a);
        boolean more = content(a);
        int lastEnd = le;
        int emptyLine = -1;
        int emptyLineEnd = -1;
        while (more && readLine()) {
            int b = skipSpace(ls, le);
            if (b < le && t.charAt(b) == '#') {
                logical.gap(WHITESPACE, ls, b);
                logical.gap(COMMENT, b, le);
                logical.gap(hasNewline ? NEWLINE : WHITESPACE, le, next);
            } else if (b == le) {
                logical.gap(WHITESPACE, ls, le);
                logical.gap(hasNewline ? NEWLINE : WHITESPACE, le, next);
                if (emptyLine < 0) {
                    emptyLine = ls;
                    emptyLineEnd = le;
                }
            } else {
                more = content(ls);
                lastEnd = le;
            }
        }
        String text = logical.freeze();
        if (emptyLine >= 0) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "empty-continuation",
                    "empty continuation line (BuildKit: empty continuation lines will become errors)",
                    new Span(emptyLine, emptyLineEnd)));
        }
        Highlighter highlighter = new Highlighter(logical, text, escape);
        Instruction parsed = new InstructionParser(text, logical, highlighter, diagnostics).parse(0, text.length(), 0);
        List<HeredocMarkers.Start> starts = HeredocMarkers.find(text, parsed, logical);
        logical.emit(tokens);
        List<Heredoc> heredocs = new ArrayList<>(starts.size());
        for (HeredocMarkers.Start start : starts) {
            Heredoc doc = body(start);
            heredocs.add(doc);
            lastEnd = doc.span().end();
        }
        int start = text.isEmpty() ? a : Math.min(parsed.span().start(), lastEnd);
        instructions.add(new Instruction(parsed.keywordText(), parsed.keyword(), new Span(start, lastEnd),
                parsed.keywordSpan(), parsed.flags(), parsed.json(), parsed.args(), parsed.pairs(),
                List.copyOf(heredocs), parsed.trigger()));
    }

    /** Adds the current line from {@code start} to the logical line; true when it ends with a continuation. */
    private boolean content(int start) {
        int k = le - 1;
        while (k >= start && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) k--;
        if (k >= start && t.charAt(k) == escape && (k == start || t.charAt(k - 1) != escape)) {
            logical.segment(start, k);
            logical.gap(LINE_CONTINUATION, k, next);
            return true;
        }
        logical.segment(start, le);
        logical.gap(hasNewline ? NEWLINE : WHITESPACE, le, next);
        return false;
    }

    /** Reads a heredoc body up to its terminator line. */
    private Heredoc body(HeredocMarkers.Start start) {
        int bodyStart = pos;
        String name = start.name();
        while (readLine()) {
            int p = ls;
            if (start.chomp()) while (p < le && t.charAt(p) == '\t') p++;
            if (le - p == name.length() && t.startsWith(name, p)) {
                tokens.add(WHITESPACE, ls, p);
                tokens.add(HEREDOC_MARKER, p, le);
                newline();
                return new Heredoc(name, start.chomp(), start.quoted(), t.substring(bodyStart, ls), start.marker(),
                        new Span(bodyStart, le));
            }
            tokens.add(HEREDOC_BODY, ls, le);
            newline();
        }
        diagnostics.add(new Diagnostic(Severity.ERROR, "unterminated-heredoc",
                "unterminated heredoc: no line \"" + name + "\" closes it", start.marker()));
        return new Heredoc(name, start.chomp(), start.quoted(), t.substring(bodyStart, n), start.marker(),
                new Span(bodyStart, n));
    }
}

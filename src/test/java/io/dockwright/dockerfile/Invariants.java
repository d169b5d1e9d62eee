package io.dockwright.dockerfile;

import java.util.List;

/** Structural invariants every parse result must satisfy; returns a description of the first violation. */
final class Invariants {
    private Invariants() {}

    static String violation(Dockerfile file) {
        String text = file.text();
        int n = text.length();
        int at = 0;
        List<Token> tokens = file.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() != at) return "token " + i + " " + t + " starts at " + t.start() + ", expected " + at;
            if (t.end() <= t.start()) return "empty token " + t;
            at = t.end();
        }
        if (at != n) return "tokens end at " + at + " of " + n;
        if (!file.print().equals(text)) return "print() differs from the text";
        for (Diagnostic d : file.diagnostics()) {
            if (d.code().equals("internal-error")) return "internal error: " + d.message();
            if (!within(d.span(), n)) return "diagnostic span out of bounds: " + d;
        }
        for (Directive d : file.directives()) if (!within(d.span(), n)) return "directive span " + d;
        for (Instruction ins : file.instructions()) {
            String v = instruction(ins, n);
            if (v != null) return v;
        }
        return null;
    }

    private static String instruction(Instruction ins, int n) {
        if (!within(ins.span(), n) || !within(ins.keywordSpan(), n)) return "instruction span " + ins.span();
        if (ins.keywordSpan().start() < ins.span().start()) return "keyword before instruction start";
        for (Flag f : ins.flags()) if (!within(f.span(), n)) return "flag span " + f;
        for (Word w : ins.args()) if (!within(w.span(), n)) return "word span " + w;
        for (KeyValue kv : ins.pairs()) if (!within(kv.span(), n)) return "pair span " + kv;
        for (Heredoc h : ins.heredocs()) {
            if (!within(h.span(), n) || !within(h.marker(), n)) return "heredoc span " + h;
        }
        return ins.trigger() == null ? null : instruction(ins.trigger(), n);
    }

    private static boolean within(Span s, int n) {
        return s != null && s.start() >= 0 && s.end() <= n && s.start() <= s.end();
    }
}

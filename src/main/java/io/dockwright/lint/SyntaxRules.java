package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.ERROR;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.KeyValue;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules on how instructions are written: casing, forms, deprecated keywords. */
final class SyntaxRules {
    /** Name parts (between underscores) that BuildKit's check takes for secrets; "public" clears a name. */
    private static final Set<String> SECRET = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "pword", "passwd", "secret", "token");

    private SyntaxRules() {}

    static List<Rule> all() {
        return List.of(
                BasicRule.of("DL4000", "MaintainerDeprecated", ERROR, "MAINTAINER is deprecated", (ctx, out, self) -> {
                    for (Instruction in : ctx.instructions()) {
                        if (in.keyword() == Keyword.MAINTAINER) {
                            out.add(self, in.keywordSpan(), "MAINTAINER is deprecated; use "
                                    + "LABEL org.opencontainers.image.authors=\"...\" instead");
                        }
                    }
                }),
                BasicRule.of("DL3025", "JSONArgsRecommended", WARNING, "Shell-form CMD or ENTRYPOINT",
                        SyntaxRules::jsonArgs),
                BasicRule.of("ConsistentInstructionCasing", WARNING, "Mixed instruction casing",
                        SyntaxRules::casing),
                BasicRule.of("LegacyKeyValueFormat", WARNING, "ENV/LABEL without =", (ctx, out, self) -> {
                    for (Instruction in : ctx.instructions()) {
                        if (in.keyword() != Keyword.ENV && in.keyword() != Keyword.LABEL) continue;
                        for (KeyValue kv : in.pairs()) {
                            // no value at all is the parser's missing-value error, not a style question
                            if (!kv.separator().isEmpty() || kv.value().isEmpty()) continue;
                            Span key = new Span(kv.span().start(), kv.span().start() + kv.key().length());
                            out.add(self, key, in.keyword() + " " + kv.key() + " <value> is a legacy form; write "
                                    + kv.key() + "=<value>");
                        }
                    }
                }),
                BasicRule.of("SecretsUsedInArgOrEnv", "DL3064", WARNING, "Secret-looking ARG or ENV name", (ctx, out, self) -> {
                    for (Instruction in : ctx.instructions()) {
                        if (in.keyword() != Keyword.ENV && in.keyword() != Keyword.ARG) continue;
                        for (KeyValue kv : in.pairs()) {
                            if (looksSecret(kv.key())) {
                                Span key = new Span(kv.span().start(), kv.span().start() + kv.key().length());
                                out.add(self, key, in.keyword() + " " + kv.key() + " looks like a secret; values "
                                        + "of ARG and ENV stay in the image history: use a secret mount");
                            }
                        }
                    }
                }));
    }

    static boolean looksSecret(String name) {
        List<String> parts = List.of(name.toLowerCase(Locale.ROOT).split("_"));
        return !parts.contains("public") && parts.stream().anyMatch(SECRET::contains);
    }

    private static void jsonArgs(LintContext ctx, Findings out, Rule self) {
        java.util.TreeSet<Integer> invalid = new java.util.TreeSet<>();
        for (Diagnostic d : ctx.dockerfile().diagnostics()) {
            if (d.code().equals("invalid-json")) invalid.add(d.span().start());
        }
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() != Keyword.CMD && in.keyword() != Keyword.ENTRYPOINT) continue;
            if (in.json() || in.args().isEmpty()) continue;
            Word cmd = in.args().get(0);
            Integer bad = invalid.ceiling(in.span().start());
            if (bad != null && bad < in.span().end()) continue; // the parser already explains it
            out.add(self, cmd.span(), "Use the JSON form, e.g. " + in.keyword() + " [\"...\"]: in shell form the "
                    + "process runs under /bin/sh -c and does not receive stop signals");
        }
    }

    private static void casing(LintContext ctx, Findings out, Rule self) {
        int upper = 0;
        int lower = 0;
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() == Keyword.UNKNOWN) continue;
            if (FromRules.isUpper(in.keywordText())) upper++;
            else if (FromRules.isLower(in.keywordText())) lower++;
        }
        boolean wantUpper = upper >= lower;
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() == Keyword.UNKNOWN) continue;
            String k = in.keywordText();
            if (wantUpper ? !FromRules.isUpper(k) : !FromRules.isLower(k)) {
                out.add(self, in.keywordSpan(), "'" + k + "' should be written " + (wantUpper ? "uppercase" : "lowercase")
                        + " like the other instructions");
            }
        }
    }
}

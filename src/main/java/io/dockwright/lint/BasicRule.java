package io.dockwright.lint;

import io.dockwright.dockerfile.Severity;
import java.util.List;

/** A {@link Rule} made of its facts and a check function; the rule catalogues are lists of these. */
record BasicRule(String id, Severity severity, String title, List<String> aliases, Check check) implements Rule {
    /** The check itself. */
    @FunctionalInterface
    interface Check {
        void run(LintContext ctx, Findings out, Rule self);
    }

    static BasicRule of(String id, Severity severity, String title, Check check) {
        return new BasicRule(id, severity, title, List.of(), check);
    }

    static BasicRule of(String id, String alias, Severity severity, String title, Check check) {
        return new BasicRule(id, severity, title, List.of(alias), check);
    }

    @Override
    public void check(LintContext ctx, Findings out) {
        check.run(ctx, out, this);
    }
}

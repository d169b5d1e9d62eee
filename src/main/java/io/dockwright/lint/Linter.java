package io.dockwright.lint;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Span;
import io.dockwright.stages.StageGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a set of {@link Rule}s over a parsed Dockerfile and its stage graph. Findings are {@link Diagnostic}s
 * whose code is the rule id, sorted by position, minus those suppressed inline. Each rule makes one pass over
 * the instructions, so a run is linear in the file's size.
 */
public final class Linter {
    private static final Logger LOG = LoggerFactory.getLogger(Linter.class);
    private final List<Rule> rules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The full default rule set. */
    public static Linter standard() {
        return new Linter(Rules.all());
    }

    public List<Rule> rules() { return rules; }

    /** A copy without the rules these ids or aliases name. */
    public Linter without(Collection<String> ids) {
        return new Linter(rules.stream().filter(r -> ids.stream().noneMatch(r::answersTo)).toList());
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<Diagnostic> lint(Dockerfile df, StageGraph graph) {
        LintContext ctx = new LintContext(df, graph);
        Suppressions suppressions = new Suppressions(df);
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : rules) {
            Findings findings = new Findings();
            try {
                rule.check(ctx, findings);
            } catch (RuntimeException | StackOverflowError e) {
                // a rule's bug costs that rule's findings, never the others' or the parser's problems
                LOG.error("Lint rule {} failed and was skipped", rule.id(), e);
                out.add(new Diagnostic(Severity.INFO, "lint-failed",
                        "Rule " + rule.id() + " failed on this text and was skipped: " + e, new Span(0, 0)));
                continue;
            }
            for (Diagnostic d : findings.list()) {
                if (!suppressions.suppressed(rule, d.span().start())) out.add(d);
            }
        }
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()).thenComparing(Diagnostic::code));
        return List.copyOf(out);
    }
}

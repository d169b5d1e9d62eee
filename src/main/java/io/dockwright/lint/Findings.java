package io.dockwright.lint;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Span;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of a lint run as {@link Diagnostic}s whose code is the rule id. */
public final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void add(Rule rule, Span span, String message) {
        diagnostics.add(new Diagnostic(rule.severity(), rule.id(), message, span));
    }

    List<Diagnostic> list() {
        return diagnostics;
    }
}

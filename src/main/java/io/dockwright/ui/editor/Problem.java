package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Position;
import io.dockwright.dockerfile.Severity;

/** One entry of the Problems list: a diagnostic with its position, and where it came from. */
public record Problem(Severity severity, String code, String message, int start, int end, int line, int column,
                      String source) {

    static Problem of(Diagnostic d, Dockerfile df, String source) {
        Position p = df.position(d.span().start());
        return new Problem(d.severity(), d.code(), d.message(), d.span().start(), d.span().end(), p.line(), p.column(), source);
    }

    /** For the list and tooltips, for example {@code "Ln 3, Col 5  unknown stage 'buildr'"}. */
    public String location() {
        return "Ln " + line + ", Col " + column;
    }
}

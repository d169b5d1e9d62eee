package io.dockwright.dockerfile.instructions;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.Word;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What a check answers: BuildKit stops at an instruction's first error, so each check gives at most one. */
final class Problems {
    /** The code of what only Docker Engine 20.10's BuildKit 0.8 rejects, a newer BuildKit accepts. */
    static final String NEWER = "newer-buildkit";

    private Problems() {}

    static Optional<Diagnostic> error(String code, String message, Span span) {
        return Optional.of(new Diagnostic(Severity.ERROR, code, message, span));
    }

    /** A warning for {@code what}, which 20.10 refuses with {@code engineMessage} and a newer BuildKit accepts. */
    static Optional<Diagnostic> newer(String what, String engineMessage, Span span) {
        return Optional.of(new Diagnostic(Severity.WARNING, NEWER, what + ": Docker Engine 20.10's builders (BuildKit 0.8)"
                + " reject it (\"" + engineMessage + "\"); newer BuildKit releases accept it", span));
    }

    /** The first error of the checks, run in order; else the first warning; else none. */
    @SafeVarargs
    static Optional<Diagnostic> first(Supplier<Optional<Diagnostic>>... checks) {
        Optional<Diagnostic> warning = Optional.empty();
        for (Supplier<Optional<Diagnostic>> check : checks) {
            Optional<Diagnostic> found = check.get();
            if (found.isPresent() && found.get().isError()) return found;
            if (warning.isEmpty()) warning = found;
        }
        return warning;
    }

    /** The smallest span that covers {@code words[from]} to the last word. */
    static Span spanFrom(List<Word> words, int from) {
        List<Word> part = words.subList(from, words.size());
        int start = part.stream().mapToInt(w -> w.span().start()).min().orElseThrow();
        int end = part.stream().mapToInt(w -> w.span().end()).max().orElseThrow();
        return new Span(start, end);
    }
}

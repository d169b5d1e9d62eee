package io.dockwright.dockerfile.instructions;

import static io.dockwright.dockerfile.instructions.Problems.error;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.GoText;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Word;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's {@code parseHealthcheck}: {@code NONE} alone (its flags are not read), or {@code CMD} and a command,
 * with durations of at least 1ms and {@code --retries} of at least 1. BuildKit 0.8 refuses zero for both; a
 * newer BuildKit takes zero as the default, so zero is a {@code newer-buildkit} warning.
 */
final class Healthcheck {
    private static final long MINIMUM_NANOS = 1_000_000;
    private static final List<String> DURATIONS = List.of("interval", "timeout", "start-period", "start-interval");

    private Healthcheck() {}

    static Optional<Diagnostic> check(Instruction in) {
        if (in.args().isEmpty()) return Arguments.atLeastOne(in);
        Word type = in.args().get(0);
        if (upper(type.value()).equals("NONE")) {
            return in.args().size() == 1 ? Optional.empty()
                    : error("argument-count", "HEALTHCHECK NONE takes no arguments", Problems.spanFrom(in.args(), 1));
        }
        return Problems.first(() -> BuilderFlags.check(in), () -> command(in, type), () -> durations(in),
                () -> retries(in));
    }

    private static Optional<Diagnostic> command(Instruction in, Word type) {
        String typ = upper(type.value());
        if (!typ.equals("CMD")) {
            return error("healthcheck-type", "Unknown type " + GoText.quote(typ) + " in HEALTHCHECK (try CMD)", type.span());
        }
        if (in.args().size() > 1) return Optional.empty();
        return error("argument-count", "Missing command after HEALTHCHECK CMD", type.span());
    }

    private static Optional<Diagnostic> durations(Instruction in) {
        Optional<Diagnostic> warning = Optional.empty();
        for (String name : DURATIONS) {
            Optional<Flag> flag = in.flag(name).filter(Healthcheck::given);
            Optional<Diagnostic> problem = flag.flatMap(Healthcheck::duration);
            if (problem.isPresent() && problem.get().isError()) return problem;
            if (warning.isEmpty()) warning = problem;
        }
        return warning;
    }

    private static Optional<Diagnostic> duration(Flag f) {
        long nanos;
        try {
            nanos = GoDuration.parse(f.value());
        } catch (IllegalArgumentException e) {
            return error("flag-value", e.getMessage(), f.span());
        }
        if (nanos >= MINIMUM_NANOS) return Optional.empty();
        String refusal = "Interval " + GoText.quote(f.name()) + " cannot be less than 1ms";
        return nanos == 0 ? Problems.newer("--" + f.name() + "=" + f.value(), refusal, f.span())
                : error("flag-value", refusal, f.span());
    }

    private static Optional<Diagnostic> retries(Instruction in) {
        Optional<Flag> flag = in.flag("retries").filter(Healthcheck::given);
        if (flag.isEmpty()) return Optional.empty();
        Flag f = flag.get();
        int retries;
        try {
            retries = GoNumbers.parseInt32(f.value());
        } catch (IllegalArgumentException e) {
            return error("flag-value", e.getMessage(), f.span());
        }
        if (retries >= 1) return Optional.empty();
        String refusal = "--retries must be at least 1 (not " + retries + ")";
        return retries == 0 ? Problems.newer("--retries=" + f.value(), refusal, f.span()) : error("flag-value", refusal, f.span());
    }

    /** BuildKit takes an empty value as "not given". */
    private static boolean given(Flag f) {
        return f.value() != null && !f.value().isEmpty();
    }

    /** Go's {@code strings.ToUpper}: the simple per code point mapping. */
    private static String upper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().map(Character::toUpperCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}

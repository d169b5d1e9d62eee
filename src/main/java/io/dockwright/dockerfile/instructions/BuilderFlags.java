package io.dockwright.dockerfile.instructions;

import static io.dockwright.dockerfile.instructions.BuilderFlags.Type.BOOL;
import static io.dockwright.dockerfile.instructions.BuilderFlags.Type.STRING;
import static io.dockwright.dockerfile.instructions.BuilderFlags.Type.STRINGS;
import static io.dockwright.dockerfile.instructions.Problems.error;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.GoText;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's {@code BFlags}: the flags each instruction declares, and {@code BFlags.Parse}'s checks of the ones
 * written (unknown, repeated, without a value, not a boolean). Names are case-sensitive, as in BuildKit. The
 * flags only a BuildKit newer than 0.8 declares are checked as it checks them, then reported as
 * {@code newer-buildkit}.
 */
final class BuilderFlags {
    enum Type { BOOL, STRING, STRINGS }

    /** A declared flag; {@code newer}: BuildKit 0.8 (Docker Engine 20.10) does not know it. */
    record Declared(String name, Type type, boolean newer) {}

    private static final Map<Keyword, List<Declared>> DECLARED = new EnumMap<>(Keyword.class);
    private static final Map<String, Set<String>> RUN_VALUES = Map.of(
            "network", Set.of("default", "none", "host"), "security", Set.of("insecure", "sandbox"));

    static {
        DECLARED.put(Keyword.ADD, List.of(engine("chown"), engine("chmod"), newer("link", BOOL),
                newer("keep-git-dir", BOOL), newer("checksum", STRING), newer("unpack", BOOL), newer("exclude", STRINGS)));
        DECLARED.put(Keyword.COPY, List.of(engine("chown"), engine("from"), engine("chmod"), newer("link", BOOL),
                newer("exclude", STRINGS), newer("parents", BOOL)));
        DECLARED.put(Keyword.FROM, List.of(engine("platform")));
        DECLARED.put(Keyword.RUN, List.of(new Declared("mount", STRINGS, false), newer("network", STRING),
                newer("security", STRING), newer("device", STRINGS)));
        DECLARED.put(Keyword.HEALTHCHECK, List.of(engine("interval"), engine("timeout"), engine("start-period"),
                newer("start-interval", STRING), engine("retries")));
    }

    private BuilderFlags() {}

    private static Declared engine(String name) {
        return new Declared(name, STRING, false);
    }

    private static Declared newer(String name, Type type) {
        return new Declared(name, type, true);
    }

    /** The first error among the instruction's flags, else the first {@code newer-buildkit} warning. */
    static Optional<Diagnostic> check(Instruction in) {
        List<Declared> declared = DECLARED.getOrDefault(in.keyword(), List.of());
        Set<String> used = new HashSet<>();
        Optional<Diagnostic> warning = Optional.empty();
        for (Flag f : in.flags()) {
            Declared d = declared.stream().filter(x -> x.name().equals(f.name())).findFirst().orElse(null);
            Optional<Diagnostic> problem = problem(in.keyword(), f, d, used);
            if (problem.isPresent() && problem.get().isError()) return problem;
            if (warning.isEmpty()) warning = problem;
        }
        return warning;
    }

    private static Optional<Diagnostic> problem(Keyword k, Flag f, Declared d, Set<String> used) {
        if (d == null) return error("unknown-flag", "Unknown flag: " + f.name(), f.span());
        if (!used.add(f.name()) && d.type() != STRINGS) {
            return error("duplicate-flag", "Duplicate flag specified: " + f.name(), f.span());
        }
        if (!d.newer()) {
            return f.value() == null ? error("flag-value", "Missing a value on flag: " + f.name(), f.span()) : Optional.empty();
        }
        Optional<Diagnostic> value = d.type() == BOOL ? boolValue(f) : newerValue(k, f);
        return value.isPresent() ? value : Problems.newer(k + " --" + f.name(), "Unknown flag: " + f.name(), f.span());
    }

    /** A newer BuildKit's boolean flag: bare, {@code =true} or {@code =false} (any case). */
    private static Optional<Diagnostic> boolValue(Flag f) {
        if (f.value() == null) return Optional.empty();
        if (f.value().isEmpty()) return error("flag-value", "missing a value on flag: --" + f.name(), f.span());
        String lower = f.value().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) return Optional.empty();
        return error("flag-value", "expecting boolean value for flag --" + f.name() + ", not: " + f.value(), f.span());
    }

    /** A newer BuildKit's string flag; RUN's --network and --security take fixed values. */
    private static Optional<Diagnostic> newerValue(Keyword k, Flag f) {
        if (f.value() == null) return error("flag-value", "missing a value on flag: --" + f.name(), f.span());
        Set<String> allowed = k == Keyword.RUN ? RUN_VALUES.get(f.name()) : null;
        if (allowed == null || allowed.contains(f.value())) return Optional.empty();
        String message = f.name().equals("network") ? "invalid network mode " + GoText.quote(f.value())
                : "security " + GoText.quote(f.value()) + " is not valid";
        return error("flag-value", message, f.span());
    }
}

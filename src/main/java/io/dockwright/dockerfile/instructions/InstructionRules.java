package io.dockwright.dockerfile.instructions;

import static io.dockwright.dockerfile.instructions.Problems.first;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import java.util.Locale;
import java.util.Optional;

/**
 * One instruction as BuildKit's {@code ParseInstruction} checks it, each keyword in its parse function's order
 * (for example ADD counts its arguments before it reads its flags, ENV the other way round). ARG and
 * STOPSIGNAL never read their flags, nor does {@code HEALTHCHECK NONE}, so BuildKit accepts any there.
 */
final class InstructionRules {
    private InstructionRules() {}

    /** The problem BuildKit raises first for this instruction, or a {@code newer-buildkit} warning, or none. */
    static Optional<Diagnostic> check(Instruction in) {
        return switch (in.keyword()) {
            case ENV, LABEL -> first(() -> BuilderFlags.check(in), () -> Arguments.pairs(in));
            case MAINTAINER, WORKDIR, USER -> first(() -> Arguments.exactlyOne(in), () -> BuilderFlags.check(in));
            case STOPSIGNAL -> Arguments.exactlyOne(in);
            case ADD, COPY -> first(() -> Arguments.sourcesAndDest(in), () -> BuilderFlags.check(in));
            case FROM -> first(() -> Arguments.stageName(in), () -> BuilderFlags.check(in));
            case ONBUILD, EXPOSE -> first(() -> Arguments.atLeastOne(in), () -> BuilderFlags.check(in));
            case VOLUME -> first(() -> Arguments.atLeastOne(in), () -> BuilderFlags.check(in), () -> Arguments.volumes(in));
            case ARG -> Arguments.argNames(in);
            case SHELL -> first(() -> BuilderFlags.check(in), () -> Arguments.shell(in));
            case RUN -> first(() -> BuilderFlags.check(in), () -> mounts(in));
            case CMD, ENTRYPOINT -> BuilderFlags.check(in);
            case HEALTHCHECK -> Healthcheck.check(in);
            case UNKNOWN -> Optional.empty();
        };
    }

    /** RUN's {@code --mount} values, read once the flags passed (so each has a value). */
    private static Optional<Diagnostic> mounts(Instruction in) {
        Optional<Diagnostic> warning = Optional.empty();
        for (Flag f : in.flags("mount")) {
            RunMount mount;
            try {
                mount = RunMount.parse(f.value() == null ? "" : f.value());
            } catch (IllegalArgumentException e) {
                return Problems.error("invalid-mount", e.getMessage(), f.span());
            }
            String field = mount.newerField();
            if (field != null && warning.isEmpty()) {
                String key = field.substring(0, field.indexOf('='));
                warning = Problems.newer("RUN --mount with " + field, "unexpected key '" + key.toLowerCase(Locale.ROOT)
                        + "' in '" + field + "'", f.span());
            }
        }
        return warning;
    }
}

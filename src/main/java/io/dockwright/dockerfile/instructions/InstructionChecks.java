package io.dockwright.dockerfile.instructions;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * BuildKit's {@code instructions.Parse} over the parsed instructions: each instruction's own checks, then that it
 * stands in a build stage (only ARG may come before the first FROM) and that the file has a stage at all. An
 * instruction the parser already rejected is skipped, as BuildKit's parser would have stopped there. ONBUILD
 * triggers run only in builds FROM this image, so their problems are warnings here.
 */
public final class InstructionChecks {
    /** Appended to the message of a problem in an ONBUILD trigger. */
    public static final String TRIGGER = " (ONBUILD trigger: fails in builds FROM this image)";

    private final List<Diagnostic> out = new ArrayList<>();
    private final TreeSet<Integer> parserErrors = new TreeSet<>();
    private boolean inStage;
    private boolean errorSeen;

    private InstructionChecks(List<Diagnostic> parserDiagnostics) {
        for (Diagnostic d : parserDiagnostics) if (d.isError()) parserErrors.add(d.span().start());
    }

    /** The problems of {@code instructions}, given what the parser reported on them. */
    public static List<Diagnostic> check(List<Instruction> instructions, List<Diagnostic> parserDiagnostics) {
        InstructionChecks checks = new InstructionChecks(parserDiagnostics);
        for (Instruction in : instructions) checks.instruction(in);
        checks.stages(instructions);
        return List.copyOf(checks.out);
    }

    private void instruction(Instruction in) {
        boolean isFrom = in.keyword() == Keyword.FROM;
        if (rejectedByParser(in)) {
            inStage |= isFrom;
            errorSeen = true;
            return;
        }
        Optional<Diagnostic> own = InstructionRules.check(in);
        own.ifPresent(out::add);
        boolean ownError = own.isPresent() && own.get().isError();
        if (in.trigger() != null && !ownError) {
            InstructionRules.check(in.trigger()).map(InstructionChecks::asTrigger).ifPresent(out::add);
        }
        inStage |= isFrom;
        // BuildKit stops at the first error: after one (a misspelt FROM, say) "no stage" would only be noise
        if (!inStage && !errorSeen && !ownError && in.keyword() != Keyword.ARG) {
            out.add(new Diagnostic(Severity.ERROR, "no-stage", "no build stage in current context", in.keywordSpan()));
            ownError = true;
        }
        errorSeen |= ownError;
    }

    private boolean rejectedByParser(Instruction in) {
        Integer error = parserErrors.ceiling(in.span().start());
        return error != null && error < Math.max(in.span().end(), in.span().start() + 1);
    }

    /** Only ARGs: BuildKit finds no stage to build (Engine 20.10's classic builder drops the connection). */
    private void stages(List<Instruction> instructions) {
        boolean anyError = !parserErrors.isEmpty() || out.stream().anyMatch(Diagnostic::isError);
        if (inStage || anyError || instructions.isEmpty()) return;
        out.add(new Diagnostic(Severity.ERROR, "no-stage", "dockerfile contains no stages to build",
                instructions.get(0).keywordSpan()));
    }

    private static Diagnostic asTrigger(Diagnostic d) {
        return new Diagnostic(Severity.WARNING, d.code(), d.message() + TRIGGER, d.span());
    }
}

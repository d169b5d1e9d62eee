package io.dockwright.optimize;

import java.util.List;

/**
 * What the optimizer produced.
 *
 * @param original           the input text
 * @param text               the optimized text (equal to {@code original} when nothing changed)
 * @param changes            every change, Dockerfile edits and context proposals
 * @param warnings           things the user must check (assumptions the optimizer made)
 * @param accounting         one entry per original instruction
 * @param unchangedReason    why the text is unchanged, or null when it changed
 * @param proposedDockerignore a {@code .dockerignore} to add to the context, or null
 * @param rejected           changes the optimizer would have made but the options reject (left out of {@code text})
 * @param verification       whether the rewrite was checked: {@link VerificationStatus#NOT_RUN} from the optimizer
 */
public record OptimizationResult(String original, String text, List<Change> changes, List<String> warnings,
                                 List<InstructionFate> accounting, String unchangedReason,
                                 String proposedDockerignore, List<Change> rejected, VerificationStatus verification) {
    public OptimizationResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        accounting = List.copyOf(accounting);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        if (verification == null) verification = VerificationStatus.NOT_RUN;
    }

    public OptimizationResult(String original, String text, List<Change> changes, List<String> warnings,
                              List<InstructionFate> accounting, String unchangedReason, String proposedDockerignore,
                              List<Change> rejected) {
        this(original, text, changes, warnings, accounting, unchangedReason, proposedDockerignore, rejected, VerificationStatus.NOT_RUN);
    }

    public OptimizationResult(String original, String text, List<Change> changes, List<String> warnings,
                              List<InstructionFate> accounting, String unchangedReason, String proposedDockerignore) {
        this(original, text, changes, warnings, accounting, unchangedReason, proposedDockerignore, List.of());
    }

    public boolean changed() { return !original.equals(text); }

    /** Only the changes that edit the Dockerfile. */
    public List<Change> dockerfileChanges() {
        return changes.stream().filter(Change::editsDockerfile).toList();
    }

    /** This result with a verification's outcome (set by whoever built and compared both variants). */
    public OptimizationResult withVerification(VerificationStatus status) {
        return new OptimizationResult(original, text, changes, warnings, accounting, unchangedReason, proposedDockerignore, rejected, status);
    }

    /** One line about the rewrite for a summary: how many changes, and whether it was verified. */
    public String summary() {
        if (!changed()) return "No rewrite: " + unchangedReason;
        int n = dockerfileChanges().size();
        return n + " change" + (n == 1 ? "" : "s") + " to the Dockerfile; " + verification.summary() + ".";
    }
}

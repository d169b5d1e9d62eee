package io.dockwright.optimize;

import java.util.List;
import java.util.Set;

/**
 * One change the optimizer made (or, for {@link ChangeKind#CONTEXT}, proposes beside the Dockerfile).
 *
 * @param id     stable short id, e.g. {@code "multi-stage"}, {@code "apt-lists"}
 * @param title  one line for a list
 * @param reason why it is safe and worth doing
 * @param lines  the original lines it comes from (empty when it only adds text)
 * @param effect the expected effect on the image or build
 */
public record Change(String id, ChangeKind kind, String title, String reason, List<LineRange> lines, String effect) {
    /** The parts of the multi-stage split: one decision, accepted or rejected together. */
    private static final Set<String> SPLIT_PARTS = Set.of("multi-stage", "runtime-base", "runtime-base-arg",
            "runtime-config", "runtime-packages", "runtime-users", "runtime-files", "runtime-workdir");

    public Change {
        lines = List.copyOf(lines);
    }

    /**
     * The id a user accepts or rejects this change by ({@link OptimizerOptions#withRejected}): its own id, except
     * for the parts of the multi-stage split (runtime base, carried settings, packages), which go with "multi-stage".
     */
    public String decision() { return decisionOf(id); }

    /** The decision a change id belongs to (see {@link #decision()}). */
    public static String decisionOf(String id) { return SPLIT_PARTS.contains(id) ? "multi-stage" : id; }

    /** True when the change edits the Dockerfile text (all but context proposals). */
    public boolean editsDockerfile() { return kind != ChangeKind.CONTEXT; }
}

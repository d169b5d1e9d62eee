package io.dockwright.optimize;

import java.util.List;

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
    public Change {
        lines = List.copyOf(lines);
    }

    /** True when the change edits the Dockerfile text (all but context proposals). */
    public boolean editsDockerfile() { return kind != ChangeKind.CONTEXT; }
}

package io.dockwright.ui.optimize;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.LineRange;
import java.util.stream.Collectors;

/** One change in the list: the optimizer's change and whether it is accepted (applied) or rejected. */
public record ChangeItem(Change change, boolean accepted) {

    /** "original lines 2–10, 14", or what the change adds when it edits no existing line. */
    public String linesLabel() {
        if (change.lines().isEmpty()) return change.editsDockerfile() ? "adds new lines" : "a file beside the Dockerfile";
        String lines = change.lines().stream().map(LineRange::toString).map(s -> s.replace("-", "–"))
                .collect(Collectors.joining(", "));
        return (change.lines().size() == 1 && change.lines().get(0).first() == change.lines().get(0).last()
                ? "original line " : "original lines ") + lines;
    }

    /** True for the parts that explain another change's decision (they toggle with it). */
    public boolean partOfAnother() { return !change.decision().equals(change.id()); }
}

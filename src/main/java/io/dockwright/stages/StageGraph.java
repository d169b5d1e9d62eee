package io.dockwright.stages;

import io.dockwright.dockerfile.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The build graph of a Dockerfile: stages, edges between them and to external images, the target and
 * what it needs. Built by {@code StageGraphBuilder}; diagnostics cover unknown or later stages, duplicate
 * names, cycles and an unknown target.
 *
 * @param stages         in file order
 * @param edges          in file order
 * @param externalImages every image reference (FROM, COPY --from, mount from), first appearance order,
 *                       no duplicates
 * @param target         index of the target stage, or -1 when there is no stage
 */
public record StageGraph(List<Stage> stages, List<Edge> edges, List<String> externalImages, int target,
                         List<Diagnostic> diagnostics) {

    /** The stage containing this char offset, if any. */
    public Optional<Stage> stageAt(int offset) {
        Stage found = null;
        for (Stage s : stages) {
            if (s.span().start() <= offset) found = s;
        }
        return Optional.ofNullable(found);
    }
}

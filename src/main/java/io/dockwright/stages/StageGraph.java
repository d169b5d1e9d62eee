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

    /** Stages the target does not need: BuildKit skips them (all of them when there is no target). */
    public List<Stage> unusedStages() {
        return stages.stream().filter(s -> !s.needed()).toList();
    }

    /** The classic builder runs every stage up to the target, needed or not. */
    public boolean builtByClassicBuilder(Stage stage) {
        return target >= 0 && stage.index() <= target;
    }

    /** A stage by name (case-insensitive, as Docker matches {@code --from} and {@code --target}) or index. */
    public Optional<Stage> stage(String nameOrIndex) {
        for (int i = stages.size() - 1; i >= 0; i--) { // the last of duplicate names wins, as in BuildKit
            Stage s = stages.get(i);
            if (s.name() != null && s.name().equalsIgnoreCase(nameOrIndex)) return Optional.of(s);
        }
        return stages.stream().filter(s -> Integer.toString(s.index()).equals(nameOrIndex)).findFirst();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The stage containing this char offset, if any. */
    public Optional<Stage> stageAt(int offset) {
        Stage found = null;
        for (Stage s : stages) {
            if (s.span().start() <= offset) found = s;
        }
        return Optional.ofNullable(found);
    }
}

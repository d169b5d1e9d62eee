package io.dockwright.optimize;

import io.dockwright.optimize.facts.BaseImageFacts;
import io.dockwright.optimize.facts.StaticBaseImageFacts;
import io.dockwright.stages.GraphOptions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to optimize.
 *
 * @param runtimeBases        builder-to-runtime base image mapping
 * @param nonRootUser         add a non-root USER to the runtime stage when it has none
 * @param proposeDockerignore propose a {@code .dockerignore} when the context lacks one
 * @param rejected            change ids the user rejected: their edits are left out (an id stands for its whole
 *                            {@link Change#decision()}, so rejecting "runtime-base" rejects the multi-stage split)
 * @param build               the build's {@code --target} and {@code --build-arg}s (what FROM lines resolve to)
 * @param baseImages          what the base images set (WorkingDir, User, Env...): the static table by default
 */
public record OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore,
                               Set<String> rejected, GraphOptions build, BaseImageFacts baseImages) {
    public OptimizerOptions {
        if (runtimeBases == null) runtimeBases = RuntimeBaseTable.bundled();
        rejected = rejected == null ? Set.of() : rejected.stream().map(Change::decisionOf).collect(Collectors.toUnmodifiableSet());
        if (build == null) build = GraphOptions.DEFAULT;
        if (baseImages == null) baseImages = StaticBaseImageFacts.bundled();
    }

    public OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore, Set<String> rejected) {
        this(runtimeBases, nonRootUser, proposeDockerignore, rejected, GraphOptions.DEFAULT, null);
    }

    public OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore) {
        this(runtimeBases, nonRootUser, proposeDockerignore, Set.of());
    }

    public static OptimizerOptions defaults() {
        return new OptimizerOptions(RuntimeBaseTable.bundled(), false, true);
    }

    public OptimizerOptions withNonRootUser(boolean on) {
        return new OptimizerOptions(runtimeBases, on, proposeDockerignore, rejected, build, baseImages);
    }

    /** These options with the given change ids rejected (each stands for its {@link Change#decision()}). */
    public OptimizerOptions withRejected(Set<String> changeIds) {
        return new OptimizerOptions(runtimeBases, nonRootUser, proposeDockerignore, changeIds, build, baseImages);
    }

    /** These options for a build with this {@code --target} (null: the last stage) and these {@code --build-arg}s. */
    public OptimizerOptions withBuild(String target, Map<String, String> buildArgs) {
        return new OptimizerOptions(runtimeBases, nonRootUser, proposeDockerignore, rejected,
                new GraphOptions(target, buildArgs), baseImages);
    }

    /** These options with other base image facts (an engine's inspection before the static table, say). */
    public OptimizerOptions withBaseImages(BaseImageFacts facts) {
        return new OptimizerOptions(runtimeBases, nonRootUser, proposeDockerignore, rejected, build, facts);
    }

    /** True unless the user rejected the change's decision. */
    public boolean accepts(Change change) {
        return !rejected.contains(change.decision());
    }

    /** True unless the user rejected this decision id. */
    public boolean accepts(String decision) {
        return !rejected.contains(decision);
    }
}

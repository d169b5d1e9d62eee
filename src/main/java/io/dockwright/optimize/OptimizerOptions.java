package io.dockwright.optimize;

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
 */
public record OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore,
                               Set<String> rejected) {
    public OptimizerOptions {
        if (runtimeBases == null) runtimeBases = RuntimeBaseTable.bundled();
        rejected = rejected == null ? Set.of() : rejected.stream().map(Change::decisionOf).collect(Collectors.toUnmodifiableSet());
    }

    public OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore) {
        this(runtimeBases, nonRootUser, proposeDockerignore, Set.of());
    }

    public static OptimizerOptions defaults() {
        return new OptimizerOptions(RuntimeBaseTable.bundled(), false, true);
    }

    public OptimizerOptions withNonRootUser(boolean on) {
        return new OptimizerOptions(runtimeBases, on, proposeDockerignore, rejected);
    }

    /** These options with the given change ids rejected (each stands for its {@link Change#decision()}). */
    public OptimizerOptions withRejected(Set<String> changeIds) {
        return new OptimizerOptions(runtimeBases, nonRootUser, proposeDockerignore, changeIds);
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

package io.dockwright.optimize;

/**
 * How to optimize.
 *
 * @param runtimeBases        builder-to-runtime base image mapping
 * @param nonRootUser         add a non-root USER to the runtime stage when it has none
 * @param proposeDockerignore propose a {@code .dockerignore} when the context lacks one
 */
public record OptimizerOptions(RuntimeBaseTable runtimeBases, boolean nonRootUser, boolean proposeDockerignore) {
    public OptimizerOptions {
        if (runtimeBases == null) runtimeBases = RuntimeBaseTable.bundled();
    }

    public static OptimizerOptions defaults() {
        return new OptimizerOptions(RuntimeBaseTable.bundled(), false, true);
    }

    public OptimizerOptions withNonRootUser(boolean on) {
        return new OptimizerOptions(runtimeBases, on, proposeDockerignore);
    }
}

package io.dockwright.engine.builds;

import io.dockwright.engine.EngineUnavailableException;

/** A way to build: the Engine API (classic builder) or the docker CLI with BuildKit. */
public interface BuildBackend {
    String name();

    /** Builds the run's variant, streaming output to the run; returns the image id. */
    String build(BuildRun run) throws BuildFailedException, EngineUnavailableException;
}

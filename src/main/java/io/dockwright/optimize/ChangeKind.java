package io.dockwright.optimize;

/** What sort of improvement a {@link Change} is. */
public enum ChangeKind {
    /** Split into builder and runtime stages. */
    MULTI_STAGE,
    /** A smaller base image for the runtime stage. */
    RUNTIME_BASE,
    /** Stages the target does not need, removed. */
    UNUSED_STAGE,
    /** Fewer or smaller layers (apt lists, pip cache, recommends). */
    LAYER_SIZE,
    /** Better use of the build cache. */
    CACHE,
    /** Runs as a non-root user. */
    SECURITY,
    /** About the build context (a proposed {@code .dockerignore}); not a Dockerfile edit. */
    CONTEXT
}

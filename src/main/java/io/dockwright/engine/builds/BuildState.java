package io.dockwright.engine.builds;

/** The life of one build, in order; it ends in one of the last three. */
public enum BuildState {
    QUEUED, PACKING_CONTEXT, BUILDING, ANALYSING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}

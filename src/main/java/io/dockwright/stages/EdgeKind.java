package io.dockwright.stages;

/** How one stage depends on another stage or an image. */
public enum EdgeKind {
    /** {@code FROM <stage>}. */
    FROM,
    /** {@code COPY --from=<stage|index|image>}. */
    COPY,
    /** {@code RUN --mount=...,from=<stage|image>}. */
    MOUNT;

    public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
}

package io.dockwright.stages;

import io.dockwright.dockerfile.Span;

/**
 * A dependency: {@code to} (a stage index) uses {@code fromStage} or the external image {@code fromImage}
 * (exactly one is set). {@code span} is where the reference is written.
 */
public record Edge(Integer fromStage, String fromImage, int to, EdgeKind kind, int line, Span span) {
    public boolean isExternal() { return fromImage != null; }
}

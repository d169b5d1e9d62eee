package io.dockwright.engine.result;

/**
 * One entry of an image's history, oldest first: its size, the command that made it, and where it came from:
 * the base image ({@code base}), or a Dockerfile instruction (1-based {@code line}, {@code stage} index), or
 * unknown (line 0).
 */
public record Layer(long sizeBytes, String createdBy, boolean base, int stage, int line, String instruction) {}

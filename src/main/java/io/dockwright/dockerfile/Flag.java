package io.dockwright.dockerfile;

/**
 * An instruction flag such as {@code --from=builder}. {@code name} has no dashes ({@code "from"});
 * {@code value} is null for a bare flag ({@code --link}). {@code raw} is the flag as BuildKit dumps it
 * ({@code "--from=builder"}), with line continuations removed.
 */
public record Flag(String name, String value, String raw, Span span) {}

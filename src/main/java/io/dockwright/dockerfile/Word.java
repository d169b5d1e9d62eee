package io.dockwright.dockerfile;

/**
 * One argument as BuildKit sees it before variable expansion ({@code value}: continuations removed,
 * JSON strings decoded) and where it stands in the source ({@code span}).
 */
public record Word(String value, Span span) {}

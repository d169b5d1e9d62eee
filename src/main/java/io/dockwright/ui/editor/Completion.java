package io.dockwright.ui.editor;

/** A completion proposal: replace {@code [replaceFrom, caret)} with {@code insert}. */
public record Completion(String label, String insert, String detail, int replaceFrom) {}

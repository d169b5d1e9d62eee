package io.dockwright.dockerfile;

/**
 * A here-document: {@code <<EOF}, {@code <<-EOF} (strips leading tabs) or a quoted delimiter
 * (no expansion). {@code content} is the body up to, not including, the terminator line;
 * {@code span} covers the body and the terminator line.
 */
public record Heredoc(String name, boolean stripTabs, boolean quoted, String content, Span marker, Span span) {}

package io.dockwright.dockerfile;

/**
 * A problem found in the source, with its range. {@code code} is a short stable id
 * (for example {@code "invalid-json"}, {@code "unterminated-heredoc"}, {@code "unknown-stage"}).
 */
public record Diagnostic(Severity severity, String code, String message, Span span) {
    public boolean isError() { return severity == Severity.ERROR; }
}

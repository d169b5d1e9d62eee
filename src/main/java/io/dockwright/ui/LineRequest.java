package io.dockwright.ui;

/**
 * A request to show a Dockerfile line in the editor: which variant's text ("original", "optimized") the
 * 1-based {@code line} belongs to, and why (shown to the user).
 */
public record LineRequest(String variant, int line, String reason) {
    public LineRequest {
        if (line < 1) throw new IllegalArgumentException("line must be 1-based: " + line);
    }
}

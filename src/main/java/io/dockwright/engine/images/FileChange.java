package io.dockwright.engine.images;

/**
 * What one layer did to one path. {@code bytes}: the content bytes it wrote (ADDED, CHANGED), or, for REMOVED,
 * the bytes of what disappeared from view (a whole directory's content for a removed directory).
 */
public record FileChange(Kind kind, FileInfo file, long bytes) {
    public enum Kind { ADDED, CHANGED, REMOVED }
}

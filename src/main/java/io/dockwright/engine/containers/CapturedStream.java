package io.dockwright.engine.containers;

/**
 * One output stream of a container: the text kept (UTF-8, at most the cap), how many bytes the container wrote
 * in all, and whether the text is cut short.
 */
public record CapturedStream(String text, long totalBytes, boolean truncated) {
    public static final CapturedStream EMPTY = new CapturedStream("", 0, false);
}

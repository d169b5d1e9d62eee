package io.dockwright.engine.images;

/**
 * Hooks for a caller off the UI thread: progress in bytes of the archive read so far ({@code expected} -1 when
 * not known) and a cancel flag, polled while reading; when it turns true the read ends with a
 * {@link java.util.concurrent.CancellationException}. Called on the reading thread.
 */
public interface ReadListener {
    ReadListener NONE = new ReadListener() {};

    default void progress(long bytesRead, long expectedBytes) {}

    default boolean cancelled() {
        return false;
    }
}

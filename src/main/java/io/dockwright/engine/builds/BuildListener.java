package io.dockwright.engine.builds;

import io.dockwright.engine.result.BuildResult;

/**
 * Receives a build's events on the build's worker thread (a view model hands them to the UI thread).
 * Log lines come without ANSI codes, one line per call.
 */
public interface BuildListener {
    default void onState(BuildState state) {}

    default void onLog(String line) {}

    default void onProgress(BuildProgress progress) {}

    /** The packed context's size in bytes, with a warning text when it is large (else null). */
    default void onContext(long sizeBytes, String warning) {}

    default void onSuccess(BuildResult result) {}

    /** A failed or cancelled build; {@link BuildFailedException#line()} points at the failing instruction. */
    default void onFailure(BuildFailedException failure) {}

    BuildListener NONE = new BuildListener() {};
}

package io.dockwright.ui.editor;

import io.dockwright.stages.GraphOptions;

/** Computes an {@link Analysis} of a text; pure and thread-safe, called on a background thread. */
@FunctionalInterface
public interface Analyzer {
    Analysis analyze(long version, String text, GraphOptions options);
}

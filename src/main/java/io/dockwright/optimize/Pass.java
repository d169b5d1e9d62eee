package io.dockwright.optimize;

import java.util.List;
import java.util.Optional;

/** One optimization; sees the current text and returns a new one, or nothing when it does not apply. */
public interface Pass {

    /** What a pass did. Lines in {@code changes} and {@code fates} refer to the text the pass was given. */
    record Output(String text, List<Change> changes, List<String> warnings, List<Fate> fates) {}

    /** What became of the instruction starting at {@code line} of the pass's input. */
    record Fate(int line, String fate, String changeId) {}

    Optional<Output> apply(Source source, ProjectContext context, OptimizerOptions options);
}

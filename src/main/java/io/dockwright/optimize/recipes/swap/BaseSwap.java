package io.dockwright.optimize.recipes.swap;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.List;
import java.util.Optional;

/**
 * A single-stage file that builds nothing on a full image (a prebuilt jar on a JDK, a standard-library-only script on
 * python:3): the base itself is swapped for the table's runtime image, since there is no build to leave behind.
 */
public interface BaseSwap {

    /**
     * The decision for one file: the reason for the swap, or why it is declined ({@code declined}, then no swap).
     *
     * @param reason   why the runtime image runs the file as well (null when declined)
     * @param declined why the swap is not made (null when it is)
     * @param warnings what the user should check
     */
    record Decision(String reason, String declined, List<String> warnings) {
        public static Decision swap(String reason, List<String> warnings) { return new Decision(reason, null, List.copyOf(warnings)); }

        public static Decision decline(String why) { return new Decision(null, why, List.of()); }

        public boolean swaps() { return declined == null; }
    }

    /** The stack's name in messages ("Java", "Python"). */
    String stack();

    /** The decision, or empty when the file is not this stack's prebuilt shape at all. */
    Optional<Decision> decide(StageFacts facts, RuntimeBaseTable.Mapping mapping);
}

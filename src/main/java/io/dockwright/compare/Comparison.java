package io.dockwright.compare;

import io.dockwright.engine.result.BuildResult;

/** The original and the optimized build side by side, and how much smaller the optimized image is. */
public record Comparison(BuildResult original, BuildResult optimized) {

    /** Size saved in percent of the original (negative when the optimized image is bigger). */
    public double reductionPercent() {
        if (original.sizeBytes() == 0) return 0;
        return 100.0 * (original.sizeBytes() - optimized.sizeBytes()) / original.sizeBytes();
    }

    public long savedBytes() {
        return original.sizeBytes() - optimized.sizeBytes();
    }
}

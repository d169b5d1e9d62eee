package io.dockwright.ui.compare;

import io.dockwright.compare.Comparison;
import io.dockwright.compare.ComparisonReport;
import io.dockwright.compare.tree.MergedTree;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.diff.ImageDiff;

/** Both images read and compared: computed together off the UI thread, then shown. */
public record ComparedImages(Comparison builds, ImageContents original, ImageContents optimized, ImageDiff diff,
                             MergedTree tree) {
    public static ComparedImages of(Comparison builds, ImageContents original, ImageContents optimized) {
        ImageDiff diff = ImageDiff.of(original, optimized, "/");
        return new ComparedImages(builds, original, optimized, diff, MergedTree.of(original.tree(), optimized.tree(), diff));
    }

    public ComparisonReport report() {
        return new ComparisonReport(builds, original, optimized, diff);
    }
}

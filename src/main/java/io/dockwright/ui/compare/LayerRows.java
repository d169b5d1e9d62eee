package io.dockwright.ui.compare;

import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.LayerContents;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import java.util.ArrayList;
import java.util.List;

/** A build's history as the layer table shows it: the base image's entries in one row, then each of its own. */
final class LayerRows {
    private LayerRows() {}

    /** {@code contents} may be null (not read yet): the wasted bytes are then unknown (-1). */
    static List<LayerRow> of(BuildResult build, ImageContents contents) {
        long[] wasted = wastedByHistory(build, contents);
        List<LayerRow> rows = new ArrayList<>();
        long baseBytes = 0;
        long baseWasted = 0;
        int baseCount = 0;
        for (int i = 0; i < build.layers().size(); i++) {
            Layer l = build.layers().get(i);
            if (l.base()) {
                baseBytes += l.sizeBytes();
                baseWasted += Math.max(0, wasted[i]);
                baseCount++;
                continue;
            }
            if (l.sizeBytes() == 0 && l.line() < 1) continue; // an unmapped entry without content says nothing
            rows.add(new LayerRow(build.label(), i, l.sizeBytes(), wasted[i], l.line(),
                    l.line() > 0 ? l.instruction() : l.createdBy(), false, 0));
        }
        if (baseCount > 0) rows.add(0, new LayerRow(build.label(), -1, baseBytes, contents == null ? -1 : baseWasted, 0,
                "base image", true, baseCount));
        return rows;
    }

    private static long[] wastedByHistory(BuildResult build, ImageContents contents) {
        long[] wasted = new long[build.layers().size()];
        java.util.Arrays.fill(wasted, contents == null ? -1 : 0);
        if (contents == null) return wasted;
        for (LayerContents l : contents.layers()) {
            int h = l.origin().historyIndex();
            if (h >= 0 && h < wasted.length) wasted[h] = l.wastedBytes();
        }
        return wasted;
    }
}

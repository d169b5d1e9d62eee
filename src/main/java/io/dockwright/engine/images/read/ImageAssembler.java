package io.dockwright.engine.images.read;

import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.LayerContents;
import io.dockwright.engine.images.LayerOrigin;
import io.dockwright.engine.images.Problem;
import io.dockwright.engine.images.ReadOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Puts the collected layers in the layout's order, stacks them and assembles the result. */
final class ImageAssembler {
    private ImageAssembler() {}

    static ImageContents assemble(String source, ArchiveScan scan, String want, ReadOptions options)
            throws ImageReadException {
        ImageLayout layout;
        try {
            layout = ImageLayout.resolve(scan.json::get, want);
        } catch (IOException e) {
            throw new ImageReadException(source + ": " + e.getMessage()
                    + (scan.truncation == null ? "" : " (" + scan.truncation + ")"), e);
        }
        List<Problem> problems = new ArrayList<>();
        if (scan.truncation != null) problems.add(new Problem(-1, null, scan.truncation, true));
        scan.problems.forEach(p -> problems.add(new Problem(-1, null, p, false)));
        layout.notes.forEach(p -> problems.add(new Problem(-1, null, p, false)));
        List<String> notes = new ArrayList<>();
        List<LayerOrigin> origins = HistoryAlignment.align(layout.history(), layout.layerPaths.size(),
                options.attribution(), notes);
        notes.forEach(n -> problems.add(new Problem(-1, null, n, false)));
        OverlayMerger merger = new OverlayMerger(layout.layerPaths.size());
        List<Boolean> complete = new ArrayList<>();
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < layout.layerPaths.size(); i++) {
            String path = layout.layerPaths.get(i);
            LayerRecord record = scan.layer(path);
            if (record == null) {
                problems.add(new Problem(i, null, "the layer " + path + " named by the manifest is missing from the archive", true));
                record = new LayerRecord(path);
                record.lossProblems.add("missing");
            }
            int layer = i;
            record.problems.forEach(p -> problems.add(new Problem(layer, null, p, false)));
            record.lossProblems.forEach(p -> problems.add(new Problem(layer, null, p, true)));
            merger.apply(i, record);
            complete.add(record.complete());
            entries.add(record.tarEntries);
        }
        OverlayMerger.Result r = merger.finish();
        merger.notes.forEach(n -> problems.add(new Problem(-1, null, n, false)));
        List<LayerContents> layers = new ArrayList<>();
        for (int i = 0; i < layout.layerPaths.size(); i++) {
            layers.add(new LayerContents(i, layout.layerPaths.get(i), origins.get(i), r.layerBytes()[i], r.layerWasted()[i],
                    entries.get(i), r.changes().get(i), complete.get(i)));
        }
        return new ImageContents(source, layout.imageId, layout.repoTags, layout.runtime(), layers, r.tree(),
                r.layerBytesTotal(), r.finalBytes(), r.layerBytesTotal() - r.finalBytes(), r.wasted(), r.captured(), problems);
    }
}

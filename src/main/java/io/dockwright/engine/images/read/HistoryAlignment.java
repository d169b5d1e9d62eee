package io.dockwright.engine.images.read;

import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.LayerOrigin;
import io.dockwright.engine.images.LayerOrigin.Provenance;
import io.dockwright.engine.result.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives each layer its history entry. History entries marked {@code empty_layer} (ENV, CMD, WORKDIR, ...) have
 * no layer tar, so the n-th layer belongs to the n-th entry that is not empty; the attribution then adds the
 * Dockerfile line and base/own for that entry.
 */
final class HistoryAlignment {
    private HistoryAlignment() {}

    static List<LayerOrigin> align(List<Map.Entry<String, Boolean>> history, int layerCount, Attribution attribution,
                                   List<String> notes) {
        List<Integer> withLayer = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) if (!history.get(i).getValue()) withLayer.add(i);
        List<LayerOrigin> out = new ArrayList<>();
        if (withLayer.size() != layerCount) {
            if (!history.isEmpty()) notes.add("the history has " + withLayer.size() + " entries with a layer for "
                    + layerCount + " layers; layers are not mapped to history");
            for (int k = 0; k < layerCount; k++) out.add(LayerOrigin.unknown(-1, ""));
            return out;
        }
        boolean perEntry = attribution.historyLayers().size() == history.size();
        if (!attribution.historyLayers().isEmpty() && !perEntry) {
            notes.add("the build's layer list (" + attribution.historyLayers().size() + ") does not match the image's history ("
                    + history.size() + "); Dockerfile lines are not shown");
        }
        for (int i : withLayer) {
            String createdBy = history.get(i).getKey();
            if (perEntry) {
                Layer l = attribution.historyLayers().get(i);
                out.add(new LayerOrigin(i, createdBy, l.instruction(), l.line(), l.stage(), l.base() ? Provenance.BASE : Provenance.OWN));
            } else if (attribution.baseHistoryEntries() >= 0) {
                out.add(new LayerOrigin(i, createdBy, null, 0, -1,
                        i < attribution.baseHistoryEntries() ? Provenance.BASE : Provenance.OWN));
            } else {
                out.add(LayerOrigin.unknown(i, createdBy));
            }
        }
        return out;
    }
}

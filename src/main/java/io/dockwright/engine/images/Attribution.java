package io.dockwright.engine.images;

import io.dockwright.engine.result.Layer;
import java.util.List;

/**
 * What is known of the image's history beyond its config: the build's layers (one per history entry, oldest
 * first, as {@link io.dockwright.engine.result.ImageAnalyzer} maps them to Dockerfile lines), or only how many
 * history entries the base image has, or nothing.
 */
public record Attribution(List<Layer> historyLayers, int baseHistoryEntries) {
    public static final Attribution NONE = new Attribution(List.of(), -1);

    public Attribution {
        historyLayers = List.copyOf(historyLayers);
    }

    public static Attribution of(List<Layer> historyLayers) {
        return new Attribution(historyLayers, -1);
    }

    public static Attribution baseHistory(int entries) {
        return new Attribution(List.of(), entries);
    }
}

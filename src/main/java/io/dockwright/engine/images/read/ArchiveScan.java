package io.dockwright.engine.images.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pass over an image archive collected: layer records and small JSON files, by name in the archive. */
final class ArchiveScan {
    final Map<String, LayerRecord> layers = new LinkedHashMap<>();
    final Map<String, byte[]> json = new LinkedHashMap<>();
    /** Symlinked entries (a layer saved once for two IDs): the link's name to its target's, both archive-relative. */
    final Map<String, String> links = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    String truncation;

    /** The layer at {@code name}, following symlinked entries (a few hops at most); null when absent. */
    LayerRecord layer(String name) {
        String n = name;
        for (int hops = 0; hops < 8 && n != null; hops++) {
            LayerRecord r = layers.get(n);
            if (r != null) return r;
            n = links.get(n);
        }
        return null;
    }
}

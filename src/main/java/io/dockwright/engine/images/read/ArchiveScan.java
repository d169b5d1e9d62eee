package io.dockwright.engine.images.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pass over an image archive collected: layer records and small JSON files, by name in the archive. */
final class ArchiveScan {
    final Map<String, LayerRecord> layers = new LinkedHashMap<>();
    final Map<String, byte[]> json = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    String truncation;
}

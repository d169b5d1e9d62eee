package io.dockwright.engine.images.read;

import java.util.ArrayList;
import java.util.List;

/** What one layer tar holds: its entries in tar order, its whiteouts and opaque directories, its problems. */
final class LayerRecord {
    final String archivePath;
    final List<RawEntry> entries = new ArrayList<>();
    final List<String> whiteouts = new ArrayList<>();
    final List<String> opaques = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> lossProblems = new ArrayList<>();
    long tarEntries;

    LayerRecord(String archivePath) {
        this.archivePath = archivePath;
    }

    boolean complete() {
        return lossProblems.isEmpty();
    }
}

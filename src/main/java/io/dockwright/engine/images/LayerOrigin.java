package io.dockwright.engine.images;

/**
 * Where a layer came from: its history entry ({@code historyIndex}, oldest first, -1 when the image has no
 * history for it), the command the history records, and, when a Dockerfile was given, the instruction and its
 * 1-based line and stage (line 0: not mapped). {@code provenance}: the base image's, the Dockerfile's own, or not known.
 */
public record LayerOrigin(int historyIndex, String createdBy, String instruction, int line, int stage, Provenance provenance) {
    public enum Provenance { BASE, OWN, UNKNOWN }

    public static LayerOrigin unknown(int historyIndex, String createdBy) {
        return new LayerOrigin(historyIndex, createdBy == null ? "" : createdBy, null, 0, -1, Provenance.UNKNOWN);
    }

    public boolean base() {
        return provenance == Provenance.BASE;
    }
}

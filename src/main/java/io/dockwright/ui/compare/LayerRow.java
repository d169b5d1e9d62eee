package io.dockwright.ui.compare;

/**
 * One row of a variant's layer table: a history entry of its own Dockerfile (1-based {@code line}, 0 when not
 * mapped), or the base image's entries in one row ({@code base}, {@code baseLayers} of them). {@code wastedBytes}
 * is -1 until the image's contents are read.
 */
public record LayerRow(String variant, int historyIndex, long sizeBytes, long wastedBytes, int line, String instruction,
                       boolean base, int baseLayers) {
    public LayerRow withWasted(long bytes) {
        return new LayerRow(variant, historyIndex, sizeBytes, bytes, line, instruction, base, baseLayers);
    }

    /** What a click reports: "line 8: RUN pip install ...", or why there is no line. */
    public String describe() {
        if (base) return "the base image (" + baseLayers + (baseLayers == 1 ? " layer" : " layers") + "): no line of yours";
        String what = instruction == null ? "" : instruction.replaceAll("\\s+", " ");
        return line > 0 ? variant + " line " + line + ": " + what : variant + ": " + what + " (not mapped to a line)";
    }
}

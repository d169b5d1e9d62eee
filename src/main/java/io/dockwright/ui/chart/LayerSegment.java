package io.dockwright.ui.chart;


/**
 * One bar segment of the stacked per-layer view: all base-image layers of a variant together, or one
 * instruction's layer. {@code key} is unique across both variants (it names the chart series).
 */
public record LayerSegment(String key, String variant, long bytes, boolean base, int line, String instruction) {

    /** The tooltip: "optimized · line 7: RUN pip install ... — 312 MB". */
    public String describe() {
        String what = base ? "base image" : line > 0 ? "line " + line + ": " + instruction : "layer of unknown origin";
        return variant + " · " + what + " — " + ChartData.size(bytes);
    }
}

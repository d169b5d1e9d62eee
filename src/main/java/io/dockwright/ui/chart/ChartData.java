package io.dockwright.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.compare.Comparison;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The numbers behind the chart for the built variants (original first): totals, the reduction, the
 * stacked layer segments (base image merged into one), and the CSV/JSON exports. Immutable, FX-free.
 */
public final class ChartData {
    public static final double MB = 1_000_000.0;
    private final List<BuildResult> results;
    private final List<LayerSegment> segments;

    /** {@code original} and {@code optimized} may each be null (not built). */
    public ChartData(BuildResult original, BuildResult optimized) {
        List<BuildResult> r = new ArrayList<>();
        if (original != null) r.add(original);
        if (optimized != null) r.add(optimized);
        this.results = List.copyOf(r);
        this.segments = segmentsOf(results);
    }

    /** A size as people read it: "142 MB", "1.01 GB" (decimal units, like docker images). */
    public static String size(long bytes) {
        return Math.abs(bytes) >= 1_000_000_000L ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
                : io.dockwright.compare.ComparisonFormatter.human(bytes);
    }

    public static ChartData empty() {
        return new ChartData(null, null);
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    public List<BuildResult> results() {
        return results;
    }

    /** Percent saved by the optimized variant, when both are built. */
    public OptionalDouble reductionPercent() {
        return results.size() == 2 ? OptionalDouble.of(comparison().reductionPercent()) : OptionalDouble.empty();
    }

    private Comparison comparison() {
        return new Comparison(results.get(0), results.get(1));
    }

    /** "71.8% smaller (631 MB saved)", or "" unless both are built. */
    public String reductionText() {
        if (results.size() < 2) return "";
        Comparison c = comparison();
        double pct = c.reductionPercent();
        String human = size(Math.abs(c.savedBytes()));
        return pct >= 0 ? String.format(Locale.ROOT, "%.1f%% smaller (%s saved)", pct, human)
                : String.format(Locale.ROOT, "%.1f%% bigger (%s more)", -pct, human);
    }

    public List<LayerSegment> segments() {
        return segments;
    }

    public LayerSegment segment(String key) {
        return segments.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    private static List<LayerSegment> segmentsOf(List<BuildResult> results) {
        List<LayerSegment> out = new ArrayList<>();
        for (BuildResult r : results) {
            long base = r.baseBytes();
            if (base > 0) out.add(new LayerSegment(r.label() + " · base image", r.label(), base, true, 0, null));
            int i = 0;
            for (Layer l : r.layers()) {
                i++;
                if (l.base() || l.sizeBytes() == 0) continue; // empty layers (ENV, CMD...) add nothing to a bar
                String key = r.label() + " · " + (l.line() > 0 ? "line " + l.line() : "layer") + " #" + i;
                out.add(new LayerSegment(key, r.label(), l.sizeBytes(), false, l.line(),
                        l.line() > 0 ? l.instruction() : l.createdBy()));
            }
        }
        return List.copyOf(out);
    }

    /** One series ("size"), one column per variant, values in MB. */
    public DefaultCategoryDataset totalsDataset() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (BuildResult r : results) d.addValue(r.sizeBytes() / MB, "size", r.label());
        return d;
    }

    /** One series per segment, valued only in its variant's column, in MB. */
    public DefaultCategoryDataset layersDataset() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (LayerSegment s : segments) d.addValue(s.bytes() / MB, s.key(), s.variant());
        return d;
    }

    /** Every layer of every variant (empty ones too), then a total row per variant. */
    public String csv() {
        StringBuilder out = new StringBuilder("variant,kind,layer,line,stage,instruction,size_bytes\n");
        for (BuildResult r : results) {
            int i = 0;
            for (Layer l : r.layers()) {
                i++;
                out.append(csvCell(r.label())).append(',').append(l.base() ? "base" : "layer").append(',').append(i)
                        .append(',').append(l.line() > 0 ? String.valueOf(l.line()) : "").append(',')
                        .append(l.line() > 0 ? String.valueOf(l.stage()) : "").append(',')
                        .append(csvCell(l.line() > 0 ? l.instruction() : l.createdBy())).append(',')
                        .append(l.sizeBytes()).append('\n');
            }
            out.append(csvCell(r.label())).append(",total,,,,,").append(r.sizeBytes()).append('\n');
        }
        return out.toString();
    }

    static String csvCell(String s) {
        if (s == null) return "";
        String flat = s.replace("\r", " ").replace("\n", " ");
        return flat.matches(".*[\",].*") || !flat.equals(flat.strip()) ? '"' + flat.replace("\"", "\"\"") + '"' : flat;
    }

    /** {"variants":[BuildResult...], "reductionPercent": x|null, "savedBytes": n|null}. */
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.set("variants", mapper.valueToTree(results));
        OptionalDouble pct = reductionPercent();
        if (pct.isPresent()) {
            root.put("reductionPercent", Math.round(pct.getAsDouble() * 10) / 10.0);
            root.put("savedBytes", comparison().savedBytes());
        } else {
            root.putNull("reductionPercent");
            root.putNull("savedBytes");
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartData c && c.results.equals(results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results);
    }
}

package io.dockwright.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import java.util.Locale;

/** Writes a {@link Comparison} as a plain-text table or as JSON (the CLI's and the exports' format). */
public final class ComparisonFormatter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String json(Comparison c) {
        ObjectNode root = json.createObjectNode();
        root.set("original", variant(c.original()));
        root.set("optimized", variant(c.optimized()));
        root.put("reductionPercent", Math.round(c.reductionPercent() * 10) / 10.0);
        root.put("savedBytes", c.savedBytes());
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode variant(BuildResult r) {
        ObjectNode n = json.createObjectNode();
        n.put("label", r.label());
        n.put("imageId", r.imageId());
        n.put("tag", r.tag());
        n.put("sizeBytes", r.sizeBytes());
        n.put("baseBytes", r.baseBytes());
        n.put("buildSeconds", Math.round(r.buildSeconds() * 100) / 100.0);
        n.put("backend", r.backend());
        ArrayNode layers = n.putArray("layers");
        for (Layer l : r.layers()) {
            ObjectNode ln = layers.addObject();
            ln.put("sizeBytes", l.sizeBytes());
            ln.put("base", l.base());
            if (l.line() > 0) {
                ln.put("line", l.line());
                ln.put("stage", l.stage());
                ln.put("instruction", l.instruction());
            } else {
                ln.putNull("line");
            }
            ln.put("createdBy", l.createdBy());
        }
        return n;
    }

    public String table(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %-19s %12s %10s %9s%n", "variant", "image", "size", "base", "build"));
        for (BuildResult r : new BuildResult[] {c.original(), c.optimized()}) {
            out.append(String.format(Locale.ROOT, "%-10s %-19s %12s %10s %8.1fs%n", r.label(), shortId(r.imageId()),
                    human(r.sizeBytes()), human(r.baseBytes()), r.buildSeconds()));
        }
        out.append(String.format(Locale.ROOT, "reduction: %.1f%% (%s saved)%n", c.reductionPercent(), human(c.savedBytes())));
        for (BuildResult r : new BuildResult[] {c.original(), c.optimized()}) {
            out.append(String.format(Locale.ROOT, "%nlayers of %s:%n", r.label()));
            long base = r.baseBytes();
            long baseCount = r.layers().stream().filter(Layer::base).count();
            if (baseCount > 0) out.append(String.format(Locale.ROOT, "  %10s  base image (%d layers)%n", human(base), baseCount));
            for (Layer l : r.layers()) {
                if (l.base()) continue;
                String where = l.line() > 0 ? String.format(Locale.ROOT, "line %-4d %s", l.line(), abbreviate(l.instruction()))
                        : "?         " + abbreviate(l.createdBy());
                out.append(String.format(Locale.ROOT, "  %10s  %s%n", human(l.sizeBytes()), where));
            }
        }
        return out.toString();
    }

    private static String shortId(String id) {
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 70 ? one.substring(0, 67) + "..." : one;
    }

    /** Sizes as Docker shows them (decimal units). */
    public static String human(long bytes) {
        return io.dockwright.engine.images.ByteUnits.human(bytes);
    }
}

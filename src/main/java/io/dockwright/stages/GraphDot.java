package io.dockwright.stages;

import java.util.Map;

/**
 * The stage graph in Graphviz DOT: stages as rounded boxes (the target with a double border, stages it
 * does not need grey and dashed), external images as grey cylinders, edges drawn per kind (FROM solid
 * and bold, COPY --from dashed, RUN --mount dotted), with a caption.
 */
public final class GraphDot {
    private GraphDot() {}

    public static String render(StageGraph graph) {
        Map<String, String> images = GraphLabels.imageIds(graph);
        StringBuilder out = new StringBuilder("digraph dockerfile {\n");
        out.append("  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        images.forEach((image, id) -> out.append("  ").append(id).append(" [shape=cylinder, style=filled, fillcolor=\"#eeeeee\", label=")
                .append(quote(image)).append("];\n"));
        for (Stage s : graph.stages()) {
            boolean target = s.index() == graph.target();
            out.append("  s").append(s.index()).append(" [shape=box, label=")
                    .append(quote(String.join("\n", GraphLabels.stageLines(graph, s))));
            if (target) {
                out.append(", style=\"rounded,filled,bold\", peripheries=2, fillcolor=\"#d2e3fc\", color=\"#1a73e8\"");
            } else if (s.needed()) {
                out.append(", style=\"rounded,filled\", fillcolor=\"#e8f0fe\"");
            } else {
                out.append(", style=\"rounded,dashed\", color=gray60, fontcolor=gray50");
            }
            out.append("];\n");
        }
        for (Edge e : graph.edges()) {
            out.append("  ").append(GraphLabels.sourceId(e, images)).append(" -> s").append(e.to())
                    .append(" [label=").append(quote(GraphLabels.caption(e.kind()))).append(", style=")
                    .append(switch (e.kind()) {
                        case FROM -> "bold";
                        case COPY -> "dashed";
                        case MOUNT -> "dotted";
                    }).append(graph.stages().get(e.to()).needed() ? "" : ", color=gray60, fontcolor=gray50").append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT double-quoted string; newlines become centred line breaks. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

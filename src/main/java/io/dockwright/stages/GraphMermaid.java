package io.dockwright.stages;

import java.util.List;
import java.util.Map;

/**
 * The stage graph as a Mermaid flowchart: stages as rounded boxes, external images as cylinders, FROM as
 * thick arrows, COPY --from as plain arrows, RUN --mount as dotted arrows; the target and the stages it
 * does not need get their own classes.
 */
public final class GraphMermaid {
    private GraphMermaid() {}

    public static String render(StageGraph graph) {
        Map<String, String> images = GraphLabels.imageIds(graph);
        StringBuilder out = new StringBuilder("flowchart LR\n");
        images.forEach((image, id) -> out.append("  ").append(id).append("[(").append(quote(List.of(image))).append(")]\n"));
        for (Stage s : graph.stages()) {
            out.append("  s").append(s.index()).append("(").append(quote(GraphLabels.stageLines(graph, s)))
                    .append(")\n");
        }
        for (Edge e : graph.edges()) {
            String arrow = switch (e.kind()) {
                case FROM -> " ==>";
                case COPY -> " -->";
                case MOUNT -> " -.->";
            };
            out.append("  ").append(GraphLabels.sourceId(e, images)).append(arrow).append("|")
                    .append(quote(List.of(GraphLabels.caption(e.kind())))).append("| s").append(e.to()).append("\n");
        }
        out.append("  classDef image fill:#eeeeee,stroke:#888888\n");
        out.append("  classDef target fill:#d2e3fc,stroke:#1a73e8,stroke-width:3px\n");
        out.append("  classDef unneeded fill:#f5f5f5,stroke:#aaaaaa,color:#999999,stroke-dasharray:5 5\n");
        if (!images.isEmpty()) out.append("  class ").append(String.join(",", images.values())).append(" image\n");
        if (graph.target() >= 0) out.append("  class s").append(graph.target()).append(" target\n");
        String unneeded = String.join(",", graph.stages().stream().filter(s -> !s.needed()).map(s -> "s" + s.index()).toList());
        if (!unneeded.isEmpty()) out.append("  class ").append(unneeded).append(" unneeded\n");
        for (int i = 0; i < graph.edges().size(); i++) {
            if (!graph.stages().get(graph.edges().get(i).to()).needed()) out.append("  linkStyle ").append(i).append(" stroke:#aaaaaa\n");
        }
        return out.toString();
    }

    /** A Mermaid quoted label, one line per element. */
    static String quote(List<String> lines) {
        return "\"" + String.join("<br/>", lines.stream().map(GraphMermaid::escape).toList()) + "\"";
    }

    /** Quotes, angle brackets and pipes as Mermaid entity codes. */
    static String escape(String s) {
        return s.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replace("|", "#124;");
    }
}

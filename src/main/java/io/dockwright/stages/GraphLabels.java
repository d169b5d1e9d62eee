package io.dockwright.stages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared wording of the DOT and Mermaid renderings: stage card lines, edge captions, image node ids. */
final class GraphLabels {
    private GraphLabels() {}

    /** The lines of a stage card: name and index, what it builds on, size, target mark. */
    static List<String> stageLines(StageGraph graph, Stage s) {
        List<String> lines = new ArrayList<>();
        lines.add(s.name() != null ? s.name() + " (stage " + s.index() + ")" : "stage " + s.index());
        if (s.baseStage() != null) {
            lines.add("FROM " + graph.stages().get(s.baseStage()).label());
        } else if (s.base() != null) {
            lines.add("FROM " + s.base());
        }
        if (s.platform() != null) lines.add("--platform=" + s.platform());
        lines.add(s.instructionCount() + " instruction" + (s.instructionCount() == 1 ? "" : "s")
                + ", lines " + s.line() + "-" + s.endLine());
        if (s.index() == graph.target()) lines.add("[target]");
        else if (!s.needed()) lines.add("[not needed by the target]");
        return lines;
    }

    static String caption(EdgeKind kind) {
        return switch (kind) {
            case FROM -> "FROM";
            case COPY -> "COPY --from";
            case MOUNT -> "RUN --mount";
        };
    }

    /** A stable node id per external image, in order of first appearance. */
    static Map<String, String> imageIds(StageGraph graph) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String image : graph.externalImages()) ids.put(image, "img" + ids.size());
        return ids;
    }

    static String sourceId(Edge e, Map<String, String> imageIds) {
        return e.isExternal() ? imageIds.get(e.fromImage()) : "s" + e.fromStage();
    }
}

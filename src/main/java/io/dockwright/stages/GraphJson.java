package io.dockwright.stages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Position;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The stage graph as JSON: {@code {"stages":[{"index","name","base","baseStage","line","endLine","needed",
 * ...}],"edges":[{"from","to","kind","line"}],"externalImages":[...],"target":N}} plus extra keys
 * ({@code platform}, {@code instructions}, {@code diagnostics}: the parser's, then the graph's). Lines are
 * 1-based; an edge's {@code from} is a stage index (number) or an image reference (string).
 */
public final class GraphJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GraphJson() {}

    public static ObjectNode tree(StageGraph graph, Dockerfile df) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode stages = root.putArray("stages");
        for (Stage s : graph.stages()) {
            ObjectNode n = stages.addObject();
            n.put("index", s.index());
            n.put("name", s.name());
            n.put("base", s.baseStage() != null ? null : s.base());
            n.put("baseStage", s.baseStage());
            n.put("line", s.line());
            n.put("endLine", s.endLine());
            n.put("needed", s.needed());
            n.put("platform", s.platform());
            n.put("instructions", s.instructionCount());
        }
        ArrayNode edges = root.putArray("edges");
        for (Edge e : graph.edges()) {
            ObjectNode n = edges.addObject();
            if (e.isExternal()) n.put("from", e.fromImage()); else n.put("from", e.fromStage());
            n.put("to", e.to());
            n.put("kind", e.kind().jsonName());
            n.put("line", e.line());
        }
        ArrayNode images = root.putArray("externalImages");
        graph.externalImages().forEach(images::add);
        if (graph.target() >= 0) root.put("target", graph.target()); else root.putNull("target");
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : Stream.concat(df.diagnostics().stream(), graph.diagnostics().stream()).toList()) {
            Position p = df.position(d.span().start());
            ObjectNode n = diagnostics.addObject();
            n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            n.put("code", d.code());
            n.put("message", d.message());
            n.put("line", p.line());
            n.put("column", p.column());
        }
        return root;
    }

    public static String render(StageGraph graph, Dockerfile df) {
        try {
            return MAPPER.writeValueAsString(tree(graph, df)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

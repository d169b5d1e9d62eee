package io.dockwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.InstructionFate;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.OptimizationResult;

/** The JSON form of an {@link OptimizationResult} for {@code dockwright optimize --json}. */
final class OptimizeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OptimizeJson() {}

    static String render(OptimizationResult r, String file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("changed", r.changed());
        if (r.unchangedReason() != null) root.put("reason", r.unchangedReason());
        root.put("optimized", r.text());
        root.putObject("verification").put("status", r.verification().id()).put("summary", r.verification().summary());
        ArrayNode changes = root.putArray("changes");
        for (Change c : r.changes()) {
            ObjectNode n = changes.addObject();
            n.put("id", c.id());
            n.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("title", c.title());
            n.put("reason", c.reason());
            n.put("effect", c.effect());
            ArrayNode lines = n.putArray("lines");
            for (LineRange l : c.lines()) lines.addObject().put("first", l.first()).put("last", l.last());
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ArrayNode accounting = root.putArray("accounting");
        for (InstructionFate f : r.accounting()) {
            ObjectNode n = accounting.addObject();
            n.put("line", f.line());
            n.put("keyword", f.keyword());
            n.put("fate", f.fate());
            if (f.changeId() != null) n.put("change", f.changeId());
        }
        if (r.proposedDockerignore() != null) root.put("proposedDockerignore", r.proposedDockerignore());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.dockwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Directive;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Heredoc;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.KeyValue;
import io.dockwright.dockerfile.Position;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.Word;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The parse tree as JSON: instructions (keyword, flags, arguments, heredocs, range) and diagnostics. */
final class ParseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParseJson() {}

    static String write(String file, Dockerfile parsed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("escape", String.valueOf(parsed.escape()));
        ArrayNode directives = root.putArray("directives");
        for (Directive d : parsed.directives()) {
            ObjectNode n = directives.addObject().put("name", d.name()).put("value", d.value());
            range(n, parsed, d.span());
        }
        ArrayNode instructions = root.putArray("instructions");
        for (Instruction i : parsed.instructions()) instruction(instructions.addObject(), parsed, i);
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : parsed.diagnostics()) {
            ObjectNode n = diagnostics.addObject()
                    .put("severity", d.severity().name().toLowerCase(Locale.ROOT))
                    .put("code", d.code())
                    .put("message", d.message());
            range(n, parsed, d.span());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instruction(ObjectNode n, Dockerfile parsed, Instruction i) {
        n.put("keyword", i.keyword().name()).put("text", i.keywordText());
        range(n, parsed, i.span());
        ArrayNode flags = n.putArray("flags");
        for (Flag f : i.flags()) flags.addObject().put("name", f.name()).put("value", f.value()).put("raw", f.raw());
        n.put("json", i.json());
        ArrayNode args = n.putArray("arguments");
        for (Word w : i.args()) args.add(w.value());
        if (!i.pairs().isEmpty()) {
            ArrayNode pairs = n.putArray("pairs");
            for (KeyValue kv : i.pairs()) {
                pairs.addObject().put("key", kv.key()).put("value", kv.value()).put("separator", kv.separator());
            }
        }
        ArrayNode heredocs = n.putArray("heredocs");
        for (Heredoc h : i.heredocs()) {
            ObjectNode doc = heredocs.addObject().put("name", h.name()).put("stripTabs", h.stripTabs())
                    .put("quoted", h.quoted()).put("content", h.content());
            range(doc, parsed, h.span());
        }
        if (i.trigger() != null) instruction(n.putObject("trigger"), parsed, i.trigger());
    }

    /** 1-based start line/column and end line/column (the end column is exclusive). */
    private static void range(ObjectNode n, Dockerfile parsed, Span span) {
        Position start = parsed.position(span.start());
        Position end = parsed.position(span.end());
        n.put("line", start.line()).put("column", start.column())
                .put("endLine", end.line()).put("endColumn", end.column());
    }
}

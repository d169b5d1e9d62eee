package io.dockwright.optimize.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/**
 * A {@link Verdict} as text for a terminal (every check: outcome, time, what ran and was compared, its findings
 * marked {@code x} difference, {@code =} intended, {@code ~} note) or as JSON (the records as they are).
 */
public final class VerdictFormatter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String text(Verdict v) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "verification: %s (%.1f s)%n  %s%n", v.outcome(), v.millis() / 1000.0, v.summary()));
        for (CheckResult c : v.checks()) {
            out.append(String.format(Locale.ROOT, "%n  %-11s %s (%.1f s): %s%n", c.outcome(), c.title(), c.millis() / 1000.0, c.summary()));
            if (!c.coveredBy().isEmpty()) out.append("              covered by: ").append(c.coveredBy()).append('\n');
            if (!c.ran().isEmpty()) out.append("              ran: ").append(c.ran()).append('\n');
            if (!c.compared().isEmpty()) out.append("              compared: ").append(c.compared()).append('\n');
            for (Finding f : c.findings()) finding(out, f);
        }
        return out.toString();
    }

    private static void finding(StringBuilder out, Finding f) {
        String mark = switch (f.kind()) {
            case DIFFERENCE -> "x";
            case INTENDED -> "=";
            case NOTE -> "~";
        };
        out.append("              ").append(mark).append(' ').append(f.subject()).append(":\n");
        side(out, "original: ", f.original());
        side(out, "optimized:", f.optimized());
        if (!f.note().isEmpty()) out.append("                  (").append(f.note()).append(")\n");
    }

    private static void side(StringBuilder out, String label, String text) {
        String[] lines = (text.isEmpty() ? "(nothing)" : text).split("\n", -1);
        out.append("                ").append(label).append(' ').append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) out.append("                           ").append(lines[i]).append('\n');
    }

    public JsonNode tree(Verdict v) {
        return json.valueToTree(v);
    }

    public String json(Verdict v) {
        try {
            return json.writeValueAsString(v) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

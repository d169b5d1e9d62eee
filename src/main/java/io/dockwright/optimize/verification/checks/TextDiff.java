package io.dockwright.optimize.verification.checks;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Where two outputs differ, as findings naming the first differing lines (java-diff-utils' line diff). */
final class TextDiff {
    static final int MAX_BLOCKS = 3;
    static final int MAX_LINES = 5;
    static final int MAX_LINE_CHARS = 200;

    private TextDiff() {}

    /**
     * Findings for {@code what} ({@code stdout}, {@code body of /}) when the texts differ; none when equal.
     * Subjects are {@code WHAT line N} with N the original's 1-based line.
     */
    static List<Finding> compare(CheckContext ctx, String checkId, String what, String original, String optimized) {
        if (original.equals(optimized)) return List.of();
        List<String> a = original.lines().toList();
        List<String> b = optimized.lines().toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        List<Finding> out = new ArrayList<>();
        if (deltas.isEmpty()) {
            out.add(ctx.difference(checkId, what + " line endings", describeEnd(original), describeEnd(optimized)));
            return out;
        }
        for (AbstractDelta<String> d : deltas.subList(0, Math.min(MAX_BLOCKS, deltas.size()))) {
            String subject = what + " line " + (d.getSource().getPosition() + 1);
            out.add(ctx.difference(checkId, subject, show(d.getSource().getLines()), show(d.getTarget().getLines())));
        }
        if (deltas.size() > MAX_BLOCKS) {
            Finding first = out.get(0);
            out.set(0, new Finding(first.kind(), first.subject(), first.original(), first.optimized(),
                    "the first " + MAX_BLOCKS + " of " + deltas.size() + " places that differ"));
        }
        return out;
    }

    /** The lines of one side of a block, capped, or "(nothing)". */
    static String show(List<String> lines) {
        if (lines.isEmpty()) return "(nothing)";
        String shown = lines.stream().limit(MAX_LINES).map(TextDiff::cut).collect(Collectors.joining("\n"));
        return lines.size() > MAX_LINES ? shown + "\n... (" + (lines.size() - MAX_LINES) + " more lines)" : shown;
    }

    /** The first lines of a text, as {@link #show} does. */
    static String head(String text) {
        return show(text.lines().toList());
    }

    private static String cut(String line) {
        return line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "..." : line;
    }

    private static String describeEnd(String text) {
        String ending = text.contains("\r\n") ? "CRLF line endings" : "LF line endings";
        return ending + (text.endsWith("\n") ? ", final newline" : ", no final newline");
    }
}

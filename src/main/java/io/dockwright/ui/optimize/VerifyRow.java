package io.dockwright.ui.optimize;

import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the Optimize page's verification list: a check (its outcome and summary) or one of its findings
 * (what differs, is intended or is a note), with the original's Dockerfile line it points at (a file written by
 * that line) or the rewrite's (a line that does not build), 0 when none.
 */
public record VerifyRow(Kind kind, String text, String detail, int originalLine, int optimizedLine) {
    public enum Kind { EQUIVALENT, DIFFERS, NOT_CHECKED, DIFFERENCE, INTENDED, NOTE }

    private static final Pattern WRITTEN_BY = Pattern.compile("written by line (\\d+)");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** The rows of one check: the check, then its findings. */
    static List<VerifyRow> of(CheckResult c) {
        List<VerifyRow> rows = new ArrayList<>();
        Kind kind = Kind.valueOf(c.outcome().name());
        String detail = c.ran().isEmpty() ? "" : "ran: " + c.ran() + (c.compared().isEmpty() ? "" : "\ncompared: " + c.compared());
        rows.add(new VerifyRow(kind, c.title() + ": " + c.summary(), detail, 0, 0));
        boolean build = c.id().equals("build");
        for (Finding f : c.findings()) rows.add(finding(f, build));
        return rows;
    }

    private static VerifyRow finding(Finding f, boolean build) {
        Kind kind = switch (f.kind()) {
            case DIFFERENCE -> Kind.DIFFERENCE;
            case INTENDED -> Kind.INTENDED;
            case NOTE -> Kind.NOTE;
        };
        String text = f.subject() + ": " + (f.original().isEmpty() ? "(nothing)" : f.original()) + " → "
                + (f.optimized().isEmpty() ? "(nothing)" : f.optimized());
        int original = 0;
        int optimized = 0;
        Matcher m = WRITTEN_BY.matcher(f.note());
        if (m.find()) original = Integer.parseInt(m.group(1));
        Matcher l = LINE.matcher(f.subject());
        if (build && l.matches()) optimized = Integer.parseInt(l.group(1));
        return new VerifyRow(kind, text, f.note(), original, optimized);
    }

    /** True for a row the user can follow to a line. */
    public boolean pointsAtLine() {
        return originalLine > 0 || optimizedLine > 0;
    }
}

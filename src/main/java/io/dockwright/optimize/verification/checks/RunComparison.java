package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.CapturedStream;
import io.dockwright.engine.containers.ContainerRun.Ending;
import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import io.dockwright.optimize.verification.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares two container runs of the same command: how they ended, exit codes, stdout and stderr. */
final class RunComparison {
    static final String COMPARED = "how it ended, exit code, stdout, stderr";
    private final CheckContext ctx;
    private final String id;
    private final String title;
    private final String ran;

    RunComparison(CheckContext ctx, String id, String title, String ran) {
        this.ctx = ctx;
        this.id = id;
        this.title = title;
        this.ran = ran;
    }

    /** The result; {@code keptRunning} is the reason given when both were still running at the limit. */
    CheckResult compare(ContainerRun a, ContainerRun b, String keptRunning) {
        if (a.ending() == Ending.CANCELLED || b.ending() == Ending.CANCELLED) {
            return CheckResult.notChecked(id, title, "cancelled", ran, 0);
        }
        if (a.ending() == Ending.START_FAILED && b.ending() == Ending.START_FAILED && a.error().equals(b.error())) {
            return CheckResult.notChecked(id, title, "the original could not start it either: " + a.error(), ran, 0);
        }
        if (a.ending() == Ending.TIMED_OUT && b.ending() == Ending.TIMED_OUT) {
            List<Finding> hints = new ArrayList<>();
            hints.addAll(notes(streams(a.stdout(), b.stdout(), "stdout so far")));
            hints.addAll(notes(streams(a.stderr(), b.stderr(), "stderr so far")));
            return new CheckResult(id, title, Outcome.NOT_CHECKED, keptRunning, ran, COMPARED, 0, hints, "");
        }
        List<Finding> findings = new ArrayList<>();
        if (a.ending() != b.ending() || a.ending() == Ending.START_FAILED) {
            findings.add(ctx.difference(id, "how it ended", describe(a), describe(b)));
        } else if (!a.exitCode().equals(b.exitCode())) {
            findings.add(ctx.difference(id, "exit code", a.exitCode().toString(), b.exitCode().toString()));
        }
        findings.addAll(streams(a.stdout(), b.stdout(), "stdout"));
        findings.addAll(streams(a.stderr(), b.stderr(), "stderr"));
        return CheckResult.compared(id, title, summary(a, findings), ran, COMPARED, 0, findings);
    }

    private List<Finding> streams(CapturedStream a, CapturedStream b, String what) {
        List<Finding> out = new ArrayList<>(TextDiff.compare(ctx, id, what, ctx.request().probes().scrub(a.text()),
                ctx.request().probes().scrub(b.text())));
        if ((a.truncated() || b.truncated()) && a.totalBytes() != b.totalBytes()) {
            out.add(ctx.difference(id, what + " size", a.totalBytes() + " bytes", b.totalBytes() + " bytes"));
        } else if (a.truncated()) {
            out.add(Finding.note(what + " size", a.totalBytes() + " bytes", b.totalBytes() + " bytes", "only the first "
                    + Runs.bytes(ctx.options().outputCap()) + " of each were compared; the sizes are equal"));
        }
        return out;
    }

    private static List<Finding> notes(List<Finding> differences) {
        return differences.stream().map(f -> Finding.note(f.subject(), f.original(), f.optimized(),
                "both still ran: output up to the limit depends on timing, so it does not count")).toList();
    }

    private static String summary(ContainerRun a, List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::fails)) {
            return findings.stream().filter(Finding::fails).map(Finding::subject).distinct().limit(4)
                    .reduce((x, y) -> x + ", " + y).map(s -> s + " differ" + (s.contains(",") ? "" : "s")).orElse("differs");
        }
        return String.format(Locale.ROOT, "both exited with %d; same stdout (%d lines) and stderr (%d lines)", a.exitCode(),
                a.stdout().text().lines().count(), a.stderr().text().lines().count());
    }

    static String describe(ContainerRun r) {
        return switch (r.ending()) {
            case EXITED -> String.format(Locale.ROOT, "exited with %d after %.1f s", r.exitCode(), r.elapsedMillis() / 1000.0);
            case TIMED_OUT -> String.format(Locale.ROOT, "still running after %.1f s", r.elapsedMillis() / 1000.0);
            case START_FAILED -> "could not start: " + r.error();
            case CANCELLED -> "cancelled";
        };
    }
}

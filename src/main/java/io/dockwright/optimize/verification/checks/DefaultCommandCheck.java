package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.engine.containers.ContainerSpec;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.optimize.verification.Probes;
import java.util.List;

/** Runs each image's own ENTRYPOINT and CMD in a throw-away container and compares how they ended and what they wrote. */
final class DefaultCommandCheck implements Check {
    static final String ID = "default-command";

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Default command"; }

    @Override
    public CheckResult run(CheckContext ctx) throws Exception {
        List<String> a = ctx.original().command();
        List<String> b = ctx.optimized().command();
        String ran = Runs.describe(a.isEmpty() ? b : a, "the images' ENTRYPOINT and CMD", ctx.options());
        if (a.isEmpty()) {
            return CheckResult.notChecked(ID, title(), "the original image has no default command (no ENTRYPOINT or CMD): "
                    + "add a probe command to check behaviour", ran, 0);
        }
        if (b.isEmpty()) {
            return CheckResult.compared(ID, title(), "the optimized image has no default command", ran, RunComparison.COMPARED, 0,
                    List.of(ctx.difference(ID, "default command", String.join(" ", a), "(none)")));
        }
        ctx.progress("running the original image's default command");
        ContainerRun ra = Runs.run(ctx, ContainerSpec.defaultCommand(ctx.request().originalImage(), "original-default"));
        if (ctx.cancel().isCancelled()) return CheckResult.notChecked(ID, title(), "cancelled", ran, 0);
        ctx.progress("running the optimized image's default command");
        ContainerRun rb = Runs.run(ctx, ContainerSpec.defaultCommand(ctx.request().optimizedImage(), "optimized-default"));
        CheckResult r = new RunComparison(ctx, ID, title(), ran).compare(ra, rb, keptRunning(ctx));
        String cover = coveringProbe(ctx);
        return r.outcome() == Outcome.NOT_CHECKED && ra.ending() == ContainerRun.Ending.TIMED_OUT && !cover.isEmpty()
                ? r.coveredBy(cover) : r;
    }

    private static String keptRunning(CheckContext ctx) {
        long s = ctx.options().commandTimeout().toSeconds();
        if (!coveringProbe(ctx).isEmpty()) {
            return "kept running past " + s + " s in both images (a server or a worker), so it is checked by the probes instead";
        }
        return "the default command is a server (or waits for something) that did not exit within " + s
                + " s in either image: add an HTTP probe (its port and a path) or a probe command";
    }

    /** The id of the check that covers a default command that keeps running: the first HTTP probe, else the first probe command. */
    private static String coveringProbe(CheckContext ctx) {
        Probes p = ctx.request().probes();
        if (!p.http().isEmpty()) return HttpProbeCheck.idOf(p.http().get(0));
        return p.commands().isEmpty() ? "" : ProbeCommandCheck.idOf(0);
    }
}

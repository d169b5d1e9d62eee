package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.engine.containers.ContainerSpec;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.CommandProbe;

/** Runs one probe command in both images (instead of their ENTRYPOINT and CMD) and compares the runs. */
final class ProbeCommandCheck implements Check {
    private final int index;
    private final CommandProbe probe;

    ProbeCommandCheck(int index, CommandProbe probe) {
        this.index = index;
        this.probe = probe;
    }

    static String idOf(int index) {
        return "probe-command-" + (index + 1);
    }

    @Override
    public String id() { return idOf(index); }

    @Override
    public String title() { return "Probe command " + (index + 1); }

    @Override
    public CheckResult run(CheckContext ctx) throws Exception {
        String ran = Runs.describe(probe.argv(), "the probe", ctx.options());
        ctx.progress("running probe " + (index + 1) + " in the original image");
        ContainerRun a = Runs.run(ctx, spec(ctx.request().originalImage(), "original-probe"));
        if (ctx.cancel().isCancelled()) return CheckResult.notChecked(id(), title(), "cancelled", ran, 0);
        ctx.progress("running probe " + (index + 1) + " in the optimized image");
        ContainerRun b = Runs.run(ctx, spec(ctx.request().optimizedImage(), "optimized-probe"));
        return new RunComparison(ctx, id(), title(), ran).compare(a, b, "the probe command did not exit within "
                + ctx.options().commandTimeout().toSeconds() + " s in either image");
    }

    private ContainerSpec spec(String image, String role) {
        return ContainerSpec.defaultCommand(image, role + "-" + (index + 1)).withCommand(probe.argv(), null);
    }
}

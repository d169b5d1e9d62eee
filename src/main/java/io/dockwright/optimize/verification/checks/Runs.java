package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.engine.containers.ContainerSpec;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.VerificationOptions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Running a command in one image the way verification does (its network, limit and cap), and saying so. */
final class Runs {
    private Runs() {}

    static ContainerRun run(CheckContext ctx, ContainerSpec spec) throws Exception {
        VerificationOptions o = ctx.options();
        return ctx.runner().run(spec.withNetwork(o.runNetwork()).withOutputCap(o.outputCap()), o.commandTimeout(), ctx.cancel());
    }

    /** E.g. {@code python app.py (the images' ENTRYPOINT and CMD) in each image, network none, limit 10 s, ...}. */
    static String describe(List<String> argv, String what, VerificationOptions o) {
        String cmd = argv.stream().map(Runs::quote).collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "%s (%s) in each image, one after the other; network %s, limit %d s, up to %s kept per stream",
                cmd.isEmpty() ? "(no command)" : cmd, what, o.runNetwork() == null ? "the engine's default" : o.runNetwork(),
                o.commandTimeout().toSeconds(), bytes(o.outputCap()));
    }

    static String bytes(long n) {
        if (n >= 1 << 20 && n % (1 << 20) == 0) return (n >> 20) + " MiB";
        if (n >= 1 << 10 && n % (1 << 10) == 0) return (n >> 10) + " KiB";
        return n + " bytes";
    }

    private static String quote(String word) {
        return word.isEmpty() || word.matches(".*[\\s\"'$\\\\].*") ? "'" + word.replace("'", "'\\''") + "'" : word;
    }
}

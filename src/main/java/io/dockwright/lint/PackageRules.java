package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.INFO;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.KeyValue;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Span;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Rules on package managers inside RUN: apt-get, apk, yum, dnf, pip. */
final class PackageRules {
    private static final Pattern PIP = Pattern.compile("(.*/)?pip[0-9.]*");
    private static final Pattern PYTHON = Pattern.compile("(.*/)?python[0-9.]*");
    private PackageRules() {}

    static List<Rule> all() {
        return List.of(
                needs("DL3014", WARNING, "apt-get install without -y", "apt-get", "install",
                        c -> c.has("--yes", "--assume-yes", "-qq", "-q=2", "--quiet=2") || c.hasShortFlag('y'),
                        "apt-get install without -y stops at the confirmation prompt and fails the build"),
                needs("DL3015", INFO, "apt-get install without --no-install-recommends", "apt-get", "install",
                        c -> c.has("--no-install-recommends") || c.words().stream().anyMatch(
                                w -> w.value().matches("(?i)APT::Install-Recommends=(false|0)")),
                        "Add --no-install-recommends: recommended packages are rarely needed in an image"),
                needs("DL3019", INFO, "apk add without --no-cache", "apk", "add", c -> c.has("--no-cache"),
                        "Use apk add --no-cache so the package index does not stay in the layer"),
                needs("DL3030", WARNING, "yum install without -y", "yum", "install",
                        c -> c.has("--assumeyes") || c.hasShortFlag('y'),
                        "yum install without -y stops at the confirmation prompt"),
                needs("DL3038", WARNING, "dnf install without -y", "dnf", "install",
                        c -> c.has("--assumeyes") || c.hasShortFlag('y'),
                        "dnf install without -y stops at the confirmation prompt"),
                BasicRule.of("DL3009", INFO, "apt lists left in the image", PackageRules::aptLists),
                BasicRule.of("DL3042", WARNING, "pip cache left in the image", PackageRules::pipCache));
    }

    /** Flags {@code program subcommand} without the option {@code ok} looks for. */
    private static Rule needs(String id, Severity severity, String title, String program, String sub,
                              Predicate<ShellScript.Command> ok, String message) {
        return BasicRule.of(id, severity, title, (ctx, out, self) -> {
            for (Instruction in : ctx.runs()) {
                for (LintContext.Command c : ctx.commands(in)) {
                    Span at = invocation(c, program, sub);
                    if (at != null && !ok.test(c.command())) out.add(self, at, message);
                }
            }
        });
    }

    /** The span of {@code program ... sub} when the command is that, else null. */
    private static Span invocation(LintContext.Command c, String program, String sub) {
        ShellScript.Command cmd = c.command();
        if (!cmd.is(program)) return null;
        ShellScript.Part s = cmd.subcommand();
        if (s == null || !s.value().equals(sub)) return null;
        return new Span(c.span(cmd.name()).start(), c.span(s).end());
    }

    private static void aptLists(LintContext ctx, Findings out, Rule self) {
        List<Instruction> all = ctx.instructions();
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            if (in.keyword() != Keyword.RUN || !ctx.inFinalImage(ctx.stageOf(i)) || caches(in, "/var/lib/apt")) {
                continue;
            }
            Span first = null;
            boolean cleaned = false;
            for (LintContext.Command c : ctx.commands(in)) {
                Span at = invocation(c, "apt-get", "install");
                if (first == null && at != null) first = at;
                if (c.command().is("rm") && c.command().words().stream()
                        .anyMatch(w -> w.value().startsWith("/var/lib/apt/lists"))) {
                    cleaned = true;
                }
            }
            if (first != null && !cleaned) {
                out.add(self, first, "Remove /var/lib/apt/lists/* in the same RUN: the package lists would "
                        + "otherwise stay in the final image's layer");
            }
        }
    }

    private static void pipCache(LintContext ctx, Findings out, Rule self) {
        boolean[] envOff = new boolean[ctx.stageCount()]; // PIP_NO_CACHE_DIR set in the stage or the stage it builds on
        List<Instruction> all = ctx.instructions();
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            int stage = ctx.stageOf(i);
            if (stage < 0) continue;
            if (in.keyword() == Keyword.FROM) envOff[stage] = ctx.inherited(envOff, stage);
            if (in.keyword() == Keyword.ENV || in.keyword() == Keyword.ARG) {
                for (KeyValue kv : in.pairs()) envOff[stage] |= kv.key().equals("PIP_NO_CACHE_DIR");
            }
            if (in.keyword() != Keyword.RUN || envOff[stage] || caches(in, "pip") || !ctx.inFinalImage(stage)) {
                continue;
            }
            for (LintContext.Command c : ctx.commands(in)) {
                ShellScript.Command cmd = c.command();
                List<ShellScript.Part> w = cmd.words();
                int pip = PIP.matcher(w.get(0).value()).matches() ? 0
                        : w.size() > 2 && PYTHON.matcher(w.get(0).value()).matches()
                        && w.get(1).value().equals("-m") && w.get(2).value().equals("pip") ? 2 : -1;
                if (pip < 0 || w.size() <= pip + 1 || !w.get(pip + 1).value().equals("install")) continue;
                if (cmd.has("--no-cache-dir")) continue;
                out.add(self, new Span(c.span(w.get(0)).start(), c.span(w.get(pip + 1)).end()),
                        "Use pip install --no-cache-dir: pip's download cache would stay in the layer");
            }
        }
    }

    /** True when a {@code --mount=type=cache} of the RUN targets a path containing {@code path}. */
    private static boolean caches(Instruction in, String path) {
        for (Flag f : in.flags("mount")) {
            if (f.value() != null && f.value().contains("type=cache") && f.value().contains(path)) return true;
        }
        return false;
    }
}

package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.INFO;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Rules on what a RUN leaves behind or runs needlessly: package caches, pointless tools, two downloaders. */
final class CleanupRules {
    private static final Set<String> POINTLESS = Set.of("ssh", "vim", "shutdown", "service", "ps", "free", "top",
            "kill", "mount", "ifconfig");

    private CleanupRules() {}

    static List<Rule> all() {
        return List.of(
                cleanAfter("DL3032", WARNING, "yum cache left in the image", "yum", "install",
                        c -> c.is("yum") && "clean".equals(value(c.subcommand())) || removes(c, "/var/cache/yum"),
                        "Run yum clean all in the same RUN so yum's cache does not stay in the layer"),
                cleanAfter("DL3040", WARNING, "dnf cache left in the image", "dnf", "install",
                        c -> c.is("dnf") && "clean".equals(value(c.subcommand())) || removes(c, "/var/cache/dnf"),
                        "Run dnf clean all in the same RUN so dnf's cache does not stay in the layer"),
                cleanAfter("DL3060", INFO, "yarn cache left in the image", "yarn", "install",
                        c -> c.is("yarn") && "cache".equals(value(c.subcommand())),
                        "Run yarn cache clean in the same RUN so yarn's cache does not stay in the layer"),
                BasicRule.of("DL3001", INFO, "Command pointless in a container", (ctx, out, self) -> {
                    for (Instruction in : ctx.runs()) {
                        for (LintContext.Command c : ctx.commands(in)) {
                            ShellScript.Part name = c.command().name();
                            if (POINTLESS.contains(name.value())) {
                                out.add(self, c.span(name), name.value() + " makes little sense in an image build "
                                        + "or a container: there is no terminal, init system or login to use it with");
                            }
                        }
                    }
                }),
                BasicRule.of("DL4001", WARNING, "Both wget and curl", (ctx, out, self) -> {
                    List<Instruction> all = ctx.instructions();
                    String first = null;
                    int stage = -2;
                    for (int i = 0; i < all.size(); i++) {
                        if (ctx.stageOf(i) != stage) {
                            stage = ctx.stageOf(i);
                            first = null;
                        }
                        if (all.get(i).keyword() != io.dockwright.dockerfile.Keyword.RUN) continue;
                        for (LintContext.Command c : ctx.commands(all.get(i))) {
                            String tool = c.command().is("wget") ? "wget" : c.command().is("curl") ? "curl" : null;
                            if (tool == null) continue;
                            if (first == null) first = tool;
                            if (!tool.equals(first)) {
                                out.add(self, c.span(c.command().name()), "This stage already uses " + first
                                        + "; use one download tool, not both");
                                first = tool; // one finding per switch
                            }
                        }
                    }
                }));
    }

    private static boolean removes(ShellScript.Command c, String dir) {
        return c.is("rm") && c.words().stream().anyMatch(w -> w.value().startsWith(dir));
    }

    private static String value(ShellScript.Part p) {
        return p == null ? null : p.value();
    }

    /** Flags {@code program sub} in a RUN where no command satisfies {@code cleans}. */
    private static Rule cleanAfter(String id, Severity severity, String title, String program, String sub,
                                   Predicate<ShellScript.Command> cleans, String message) {
        return BasicRule.of(id, severity, title, (ctx, out, self) -> {
            for (Instruction in : ctx.runs()) {
                if (!ctx.inFinalImage(ctx.stageOf(in))) continue; // a builder stage's cache is left behind
                List<LintContext.Command> commands = ctx.commands(in);
                if (commands.stream().anyMatch(c -> cleans.test(c.command()))) continue;
                for (LintContext.Command c : commands) {
                    ShellScript.Command cmd = c.command();
                    if (cmd.is(program) && sub.equals(value(cmd.subcommand()))) {
                        out.add(self, new io.dockwright.dockerfile.Span(c.span(cmd.name()).start(),
                                c.span(cmd.subcommand()).end()), message);
                        break;
                    }
                }
            }
        });
    }
}

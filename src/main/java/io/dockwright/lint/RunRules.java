package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.ERROR;
import static io.dockwright.dockerfile.Severity.INFO;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Span;
import java.util.List;
import java.util.Objects;

/** Rules on RUN as a whole: shell habits, consecutive RUNs, pipes. */
final class RunRules {
    private RunRules() {}

    static List<Rule> all() {
        return List.of(
                command("DL3003", WARNING, "cd in RUN", "cd",
                        "Use WORKDIR to switch directories; cd only lasts for this RUN"),
                command("DL3004", ERROR, "sudo in RUN", "sudo",
                        "Do not use sudo: it behaves unpredictably in containers (no terminal, no password prompt); "
                                + "switch users with USER instead"),
                command("DL3027", WARNING, "apt in RUN", "apt",
                        "apt's command line is not stable for scripts; use apt-get or apt-cache"),
                BasicRule.of("DL3059", INFO, "Consecutive RUN instructions", RunRules::consecutive),
                BasicRule.of("DL4006", WARNING, "Pipe without pipefail", RunRules::pipefail));
    }

    /** Flags a simple command run by name. */
    private static Rule command(String id, Severity severity, String title, String program,
                                String message) {
        return BasicRule.of(id, severity, title, (ctx, out, self) -> {
            for (Instruction in : ctx.runs()) {
                for (LintContext.Command c : ctx.commands(in)) {
                    if (c.command().is(program)) out.add(self, c.span(c.command().name()), message);
                }
            }
        });
    }

    private static void consecutive(LintContext ctx, Findings out, Rule self) {
        List<Instruction> all = ctx.instructions();
        for (int i = 1; i < all.size(); i++) {
            Instruction prev = all.get(i - 1);
            Instruction in = all.get(i);
            // as hadolint: a RUN of more than two commands is a deliberate layer of its own
            if (in.keyword() == Keyword.RUN && prev.keyword() == Keyword.RUN
                    && ctx.stageOf(i) == ctx.stageOf(i - 1) && sameFlags(prev, in)
                    && ctx.commands(prev).size() <= 2 && ctx.commands(in).size() <= 2) {
                out.add(self, in.keywordSpan(), "Consecutive RUN instructions; consider merging them with && "
                        + "to save a layer");
            }
        }
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        if (a.flags().size() != b.flags().size()) return false;
        for (int i = 0; i < a.flags().size(); i++) {
            if (!Objects.equals(a.flags().get(i).raw(), b.flags().get(i).raw())) return false;
        }
        return true;
    }

    private static void pipefail(LintContext ctx, Findings out, Rule self) {
        List<Instruction> all = ctx.instructions();
        boolean[] safe = new boolean[ctx.stageCount()]; // per stage; a stage built FROM another starts with its SHELL
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            int stage = ctx.stageOf(i);
            if (stage < 0) continue;
            if (in.keyword() == Keyword.FROM) safe[stage] = ctx.inherited(safe, stage);
            if (in.keyword() == Keyword.SHELL) safe[stage] = safeShell(in);
            if (in.keyword() != Keyword.RUN || safe[stage]) continue;
            for (ShellScript s : ctx.scripts(in)) {
                if (s.pipes().isEmpty() || setsPipefail(s)) continue;
                Span pipe = s.span(s.pipes().get(0));
                out.add(self, pipe, "A failing command before this pipe goes unnoticed; set SHELL "
                        + "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN");
                break;
            }
        }
    }

    /** A SHELL that sets pipefail, or one that is not a POSIX shell (pwsh, cmd) where the rule does not apply. */
    private static boolean safeShell(Instruction shell) {
        if (shell.args().isEmpty()) return false;
        String program = shell.args().get(0).value();
        if (!program.matches(".*(/|^)(sh|bash|ash|dash|zsh|ksh|mksh)")) return true;
        return shell.args().stream().anyMatch(w -> w.value().equals("pipefail"));
    }

    private static boolean setsPipefail(ShellScript s) {
        for (ShellScript.Command c : s.commands()) {
            if (c.is("set") && c.has("pipefail")) return true;
        }
        return false;
    }
}

package io.dockwright.optimize.commands;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.lint.LintContext;
import io.dockwright.lint.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The simple commands of one RUN (its shell-form line or its heredoc scripts; none for exec form), each with the
 * directory it runs in: the RUN's WORKDIR, followed through {@code cd} within the RUN.
 */
public final class RunScript {
    private final Instruction run;
    private final List<ShellCommand> commands;

    private RunScript(Instruction run, List<ShellCommand> commands) {
        this.run = run;
        this.commands = List.copyOf(commands);
    }

    /** Splits {@code run} (a RUN of {@code lint}'s file) that runs in {@code workdir}. */
    public static RunScript of(LintContext lint, Instruction run, String workdir) {
        if (run.json()) return execForm(run, workdir);
        List<ShellCommand> out = new ArrayList<>();
        String cwd = workdir;
        for (LintContext.Command c : lint.commands(run)) {
            ShellScript.Command cmd = c.command();
            ShellCommand sc = new ShellCommand(c.script(), cmd, cwd);
            out.add(sc);
            if (sc.is("cd")) cwd = changedDirectory(cwd, sc.args());
        }
        return new RunScript(run, out);
    }

    /** {@code RUN ["go", "build", "."]}: one command, its words as written (no shell, so no spans to edit). */
    private static RunScript execForm(Instruction run, String workdir) {
        List<ShellScript.Part> parts = run.args().stream().map(w -> new ShellScript.Part(w.value(), 0, 0)).toList();
        if (parts.isEmpty()) return new RunScript(run, List.of());
        return new RunScript(run, List.of(new ShellCommand(null, new ShellScript.Command(parts), workdir)));
    }

    private static String changedDirectory(String cwd, List<String> args) {
        List<String> dirs = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (dirs.isEmpty()) return "/root";
        String d = dirs.get(0);
        if (d.contains("$") || d.startsWith("~")) return Paths.UNKNOWN;
        return Paths.resolve(cwd, d);
    }

    public Instruction instruction() { return run; }

    public List<ShellCommand> commands() { return commands; }

    /** The first command matching {@code test}. */
    public Optional<ShellCommand> find(Predicate<ShellCommand> test) {
        return commands.stream().filter(test).findFirst();
    }

    public boolean any(Predicate<ShellCommand> test) {
        return commands.stream().anyMatch(test);
    }
}

package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.lint.ShellScript;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.RunScript;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.facts.ImageFacts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Facts about the single stage being split: its instructions, working directories, the simple commands of its RUNs
 * (split by the lint package's quote-aware shell splitter), what its base image sets, and the options.
 */
public final class StageFacts {
    /** A command and the RUN it belongs to. */
    public record Found(Instruction run, ShellCommand command) {}

    public final Source source;
    public final List<Instruction> instructions;
    public final String base;
    public final ProjectContext context;
    /** What the builder's base image sets (its WorkingDir is where relative paths start without a WORKDIR). */
    public final ImageFacts baseFacts;
    public final OptimizerOptions options;
    /** The name the builder stage has in the rewrite ({@code builder} unless the FROM names it). */
    public final String builderName;
    /** Working directory in force at each instruction (absolute). */
    private final List<String> workdirs = new ArrayList<>();
    private final Map<Instruction, RunScript> scripts = new IdentityHashMap<>();

    public StageFacts(Source source, List<Instruction> instructions, String base, ProjectContext context,
                      ImageFacts baseFacts, OptimizerOptions options, String builderName) {
        this.source = source;
        this.instructions = instructions;
        this.base = base;
        this.context = context;
        this.baseFacts = baseFacts == null ? ImageFacts.none("unknown") : baseFacts;
        this.options = options == null ? OptimizerOptions.defaults() : options;
        this.builderName = builderName == null ? "builder" : builderName;
        String wd = this.baseFacts.effectiveWorkingDir();
        for (Instruction i : instructions) {
            if (i.keyword() == Keyword.WORKDIR && !i.args().isEmpty()) wd = resolve(wd, i.args().get(0).value());
            workdirs.add(wd);
        }
    }

    public static String resolve(String dir, String path) {
        return Paths.resolve(dir, path);
    }

    public RuntimeBaseTable table() { return options.runtimeBases(); }

    public String workdirAt(Instruction i) { return workdirs.get(instructions.indexOf(i)); }

    public String finalWorkdir() { return workdirs.isEmpty() ? "/" : workdirs.get(workdirs.size() - 1); }

    /** True when the Dockerfile itself sets a WORKDIR (else the base image's working directory applies). */
    public boolean setsWorkdir() { return !of(Keyword.WORKDIR).isEmpty(); }

    public List<Instruction> runs() { return of(Keyword.RUN); }

    public List<Instruction> of(Keyword k) { return instructions.stream().filter(i -> i.keyword() == k).toList(); }

    /** The simple commands of a RUN, each with the directory it runs in. */
    public RunScript script(Instruction run) {
        return scripts.computeIfAbsent(run, r -> RunScript.of(source.lint(), r, workdirAt(r)));
    }

    /** Every simple command of the stage's RUNs, in order. */
    public List<Found> commands() {
        List<Found> out = new ArrayList<>();
        for (Instruction r : runs()) for (ShellCommand c : script(r).commands()) out.add(new Found(r, c));
        return out;
    }

    /** The first command matching {@code test} ("pip install", "go build"...). */
    public Optional<Found> find(Predicate<ShellCommand> test) {
        return commands().stream().filter(f -> test.test(f.command())).findFirst();
    }

    /** Every command matching {@code test}. */
    public List<Found> findAll(Predicate<ShellCommand> test) {
        return commands().stream().filter(f -> test.test(f.command())).toList();
    }

    public boolean any(Predicate<ShellCommand> test) {
        return find(test).isPresent();
    }

    /** The value an ENV instruction of the stage (or else the base image) gives {@code name}, if any. */
    public Optional<String> env(String name) {
        Optional<String> own = Optional.empty();
        for (Instruction e : of(Keyword.ENV)) {
            List<Word> a = e.args();
            for (int k = 0; k < a.size(); k++) {
                String w = a.get(k).value();
                if (w.startsWith(name + "=")) own = Optional.of(w.substring(name.length() + 1));
                else if (k == 0 && w.equals(name) && a.size() > 1) own = Optional.of(a.get(1).value());
            }
        }
        return own.or(() -> baseFacts.env(name));
    }

    /** The last CMD or ENTRYPOINT that decides what runs: ENTRYPOINT if any, else CMD. */
    public Optional<Instruction> entry() {
        List<Instruction> eps = of(Keyword.ENTRYPOINT);
        if (!eps.isEmpty()) return Optional.of(eps.get(eps.size() - 1));
        List<Instruction> cmds = of(Keyword.CMD);
        return cmds.isEmpty() ? Optional.empty() : Optional.of(cmds.get(cmds.size() - 1));
    }

    /** The words of the entry command (exec form as is; shell form split as the shell would, quotes removed). */
    public List<String> entryWords() {
        return entry().map(i -> i.json() ? i.args().stream().map(Word::value).toList() : shellWords(Source.command(i)))
                .orElse(List.of());
    }

    private static List<String> shellWords(String command) {
        List<ShellScript.Command> cmds = ShellScript.parse(command, new int[command.length()]).commands();
        return cmds.isEmpty() ? List.of() : cmds.get(0).words().stream().map(ShellScript.Part::value).toList();
    }

    /** The absolute path of the entry executable when it is given as a path ({@code ./x}, {@code bin/x}, {@code /x}). */
    public Optional<String> entryExecutablePath() {
        List<String> w = entryWords();
        if (w.isEmpty() || !w.get(0).contains("/")) return Optional.empty();
        return Optional.of(resolve(workdirAt(entry().get()), w.get(0)));
    }

    /** The entry executable's bare name ({@code hello} for {@code ./hello} or {@code hello}). */
    public Optional<String> entryName() {
        List<String> w = entryWords();
        if (w.isEmpty() || w.get(0).isBlank()) return Optional.empty();
        return Optional.of(Paths.name(w.get(0)));
    }
}

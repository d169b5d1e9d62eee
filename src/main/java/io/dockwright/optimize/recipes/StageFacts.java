package io.dockwright.optimize.recipes;

import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Facts about the single stage being split: its instructions, working directories and commands. */
public final class StageFacts {
    public final Source source;
    public final List<Instruction> instructions;
    public final String base;
    public final ProjectContext context;
    /** Working directory in force at each instruction (absolute, "/" by default). */
    private final List<String> workdirs = new ArrayList<>();

    public StageFacts(Source source, List<Instruction> instructions, String base, ProjectContext context) {
        this.source = source;
        this.instructions = instructions;
        this.base = base;
        this.context = context;
        String wd = "/";
        for (Instruction i : instructions) {
            if (i.keyword() == Keyword.WORKDIR && !i.args().isEmpty()) wd = resolve(wd, i.args().get(0).value());
            workdirs.add(wd);
        }
    }

    public static String resolve(String dir, String path) {
        String p = path.startsWith("/") ? path : (dir.endsWith("/") ? dir : dir + "/") + path;
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) { if (!parts.isEmpty()) parts.remove(parts.size() - 1); } else parts.add(s);
        }
        return "/" + String.join("/", parts);
    }

    public String workdirAt(Instruction i) { return workdirs.get(instructions.indexOf(i)); }

    public String finalWorkdir() { return workdirs.isEmpty() ? "/" : workdirs.get(workdirs.size() - 1); }

    public List<Instruction> runs() { return of(Keyword.RUN); }

    public List<Instruction> of(Keyword k) { return instructions.stream().filter(i -> i.keyword() == k).toList(); }

    /** The first RUN whose command matches {@code regex} (find). */
    public Optional<Instruction> run(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        return runs().stream().filter(i -> p.matcher(Source.command(i)).find()).findFirst();
    }

    /** The last CMD or ENTRYPOINT that decides what runs: ENTRYPOINT if any, else CMD. */
    public Optional<Instruction> entry() {
        List<Instruction> eps = of(Keyword.ENTRYPOINT);
        if (!eps.isEmpty()) return Optional.of(eps.get(eps.size() - 1));
        List<Instruction> cmds = of(Keyword.CMD);
        return cmds.isEmpty() ? Optional.empty() : Optional.of(cmds.get(cmds.size() - 1));
    }

    /** The words of the entry command (exec form as is; shell form split on blanks). */
    public List<String> entryWords() {
        return entry().map(i -> i.json() ? i.args().stream().map(Word::value).toList()
                : List.of(Source.command(i).trim().split("\\s+"))).orElse(List.of());
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
        String s = w.get(0);
        return Optional.of(s.substring(s.lastIndexOf('/') + 1));
    }
}

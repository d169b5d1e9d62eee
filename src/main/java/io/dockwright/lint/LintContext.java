package io.dockwright.lint;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Heredoc;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.stages.StageGraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What rules look at: the parsed file, its stage graph, each instruction's stage and RUN scripts. */
public final class LintContext {
    private final Dockerfile df;
    private final StageGraph graph;
    private final int[] stageOf;
    private final int stageCount;
    private final Map<Instruction, List<ShellScript>> scripts = new IdentityHashMap<>();
    private final Map<Instruction, List<Command>> commands = new IdentityHashMap<>();
    private final Map<Instruction, Integer> indexOf = new IdentityHashMap<>();
    private List<Instruction> runs;

    public LintContext(Dockerfile df, StageGraph graph) {
        this.df = df;
        this.graph = graph;
        List<Instruction> all = df.instructions();
        stageOf = new int[all.size()];
        int stage = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword() == Keyword.FROM) stage++;
            stageOf[i] = stage;
            indexOf.put(all.get(i), i);
        }
        stageCount = stage + 1;
    }

    public Dockerfile dockerfile() { return df; }

    public StageGraph graph() { return graph; }

    public List<Instruction> instructions() { return df.instructions(); }

    /** The 0-based stage of the instruction at this index; -1 before the first FROM. */
    public int stageOf(int index) { return stageOf[index]; }

    /** The 0-based stage of a top-level instruction; -1 before the first FROM or for a foreign one. */
    public int stageOf(Instruction in) {
        Integer i = indexOf.get(in);
        return i == null ? -1 : stageOf[i];
    }

    public int stageCount() { return stageCount; }

    /** Index of the stage the build produces: the graph's target, else the last stage. */
    public int targetStage() { return graph.target() >= 0 ? graph.target() : stageCount - 1; }

    /**
     * True when the stage's layers end up in the built image: the target and the stages it builds on
     * ({@code FROM stage}). Builder stages that are only copied from are not.
     */
    public boolean inFinalImage(int stage) {
        for (int s = targetStage(); s >= 0; s = baseOf(s)) {
            if (s == stage) return true;
        }
        return false;
    }

    /** The stage this one builds on, or -1. */
    public int baseOf(int stage) {
        if (stage < 0 || stage >= graph.stages().size()) return -1;
        Integer base = graph.stages().get(stage).baseStage();
        return base != null && base < stage ? base : -1;
    }

    /**
     * What a per-stage setting ({@code SHELL} with pipefail, {@code ENV PIP_NO_CACHE_DIR}, an absolute WORKDIR) is
     * when the stage starts: its base stage's value when it builds {@code FROM} another stage, else false.
     */
    public boolean inherited(boolean[] perStage, int stage) {
        int base = baseOf(stage);
        return base >= 0 && perStage[base];
    }

    /**
     * The shell scripts a RUN executes: its shell-form command line and, when that line is only a heredoc
     * marker ({@code RUN <<EOF}), the heredoc bodies that are shell scripts. JSON-form RUN has none.
     */
    public List<ShellScript> scripts(Instruction in) {
        return scripts.computeIfAbsent(in, this::split);
    }

    private List<ShellScript> split(Instruction in) {
        if (in.json() || in.args().isEmpty()) return List.of();
        Word line = in.args().get(0);
        List<ShellScript> out = new ArrayList<>();
        ShellScript main = ShellScript.parse(line.value(), SourceOffsets.of(df.text(), line));
        out.add(main);
        if (main.commands().isEmpty()) {
            for (Heredoc h : in.heredocs()) {
                String body = h.content();
                if (body.startsWith("#!") && !body.lines().findFirst().orElse("").contains("sh")) continue;
                int[] offsets = new int[body.length()];
                for (int i = 0; i < offsets.length; i++) offsets[i] = Math.min(h.span().start() + i, df.text().length() - 1);
                out.add(ShellScript.parse(body, offsets));
            }
        }
        return out;
    }

    /** The RUN instructions, in order. */
    public List<Instruction> runs() {
        if (runs == null) runs = df.instructions().stream().filter(in -> in.keyword() == Keyword.RUN).toList();
        return runs;
    }

    /** All simple commands of a RUN, across its scripts. */
    public List<Command> commands(Instruction in) {
        return commands.computeIfAbsent(in, i -> {
            List<Command> out = new ArrayList<>();
            for (ShellScript s : scripts(i)) {
                for (ShellScript.Command c : s.commands()) out.add(new Command(s, c));
            }
            return List.copyOf(out);
        });
    }

    /** A simple command with the script it belongs to, for spans. */
    public record Command(ShellScript script, ShellScript.Command command) {
        public io.dockwright.dockerfile.Span span(ShellScript.Part p) { return script.span(p); }
    }
}

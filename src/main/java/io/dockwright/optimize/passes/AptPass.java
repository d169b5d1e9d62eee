package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Span;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.commands.RunScript;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * apt-get hygiene: a lone {@code RUN apt-get update} joined with the install that follows it,
 * {@code --no-install-recommends}, and the package lists removed in the same layer. RUNs are read as commands
 * (the lint splitter), so an {@code apt-get install} inside quotes or a comment is no install.
 */
final class AptPass implements Pass {
    private static final String MERGE = "apt-update-merge", RECOMMENDS = "apt-no-recommends", LISTS = "apt-lists";

    @Override
    public Optional<Output> apply(Source source, ProjectContext context, OptimizerOptions opts) {
        return new Scan(source, opts).run();
    }

    /** One run over one file: what it found and the edits it makes. */
    private static final class Scan {
        private final List<LineRange> merged = new ArrayList<>(), recommends = new ArrayList<>(), lists = new ArrayList<>();
        private final List<Fate> fates = new ArrayList<>();
        private final TextEdits edits = new TextEdits();
        private final Source src;
        private final OptimizerOptions options;

        Scan(Source src, OptimizerOptions options) {
            this.src = src;
            this.options = options;
        }

        Optional<Output> run() {
            for (Stage stage : src.graph.stages()) scanStage(src.instructions(stage));
            if (merged.isEmpty() && recommends.isEmpty() && lists.isEmpty()) return Optional.empty();
            return Optional.of(new Output(edits.apply(src.text), changes(), List.of(), fates));
        }

        private void scanStage(List<Instruction> ins) {
            for (int k = 0; k < ins.size(); k++) {
                Instruction i = ins.get(k);
                if (!shellRun(i)) continue;
                boolean updated = false;
                if (k + 1 < ins.size() && loneUpdate(i) && startsWithInstall(ins.get(k + 1))) {
                    merged.add(new LineRange(src.firstLine(i), src.lastLine(ins.get(k + 1))));
                    if (options.accepts(MERGE)) { // rejected: the install is handled on its own
                        joinWithNext(i, ins.get(++k));
                        i = ins.get(k);
                        updated = true;
                    }
                }
                hygiene(i, updated);
            }
        }

        private void joinWithNext(Instruction update, Instruction install) {
            edits.delete(src.df.lineStart(src.firstLine(update)), src.blockEnd(update));
            fates.add(new Fate(src.firstLine(update), "joined with the apt-get install that follows it", MERGE));
            edits.insert(install.args().get(0).span().start(), "apt-get update && ");
        }

        /** {@code --no-install-recommends} on each install, and the lists removed when this RUN downloaded them. */
        private void hygiene(Instruction i, boolean updated) {
            List<ShellCommand> commands = commands(i);
            List<ShellCommand> installs = commands.stream().filter(Scan::aptInstall).toList();
            if (installs.isEmpty()) return;
            String raw = src.text(i);
            List<Span> verbs = installs.stream().filter(c -> !c.hasFlag("--no-install-recommends", "--install-recommends"))
                    .map(c -> c.argSpan(c.args().indexOf("install"))).flatMap(Optional::stream).toList();
            if (!verbs.isEmpty() && !raw.contains("Install-Recommends")) {
                recommends.add(src.lines(i));
                if (options.accepts(RECOMMENDS)) for (Span v : verbs) edits.insert(v.end(), " --no-install-recommends");
            }
            boolean updates = updated || commands.stream().anyMatch(Scan::aptUpdate);
            if (updates && !removesLists(commands) && safeToAppend(raw)) {
                lists.add(src.lines(i));
                if (options.accepts(LISTS)) edits.insert(i.span().end(), " \\" + src.nl + "    && rm -rf /var/lib/apt/lists/*");
            }
        }

        private List<ShellCommand> commands(Instruction i) {
            return RunScript.of(src.lint(), i, "/").commands();
        }

        private boolean loneUpdate(Instruction i) {
            List<ShellCommand> c = commands(i);
            return c.size() == 1 && aptUpdate(c.get(0)) && c.get(0).redirectTargets().isEmpty();
        }

        private boolean startsWithInstall(Instruction next) {
            if (!shellRun(next)) return false;
            List<ShellCommand> c = commands(next);
            return !c.isEmpty() && aptInstall(c.get(0));
        }

        private static boolean aptInstall(ShellCommand c) {
            return c.runs("apt-get", "install") || c.runs("apt", "install");
        }

        private static boolean aptUpdate(ShellCommand c) {
            return c.runs("apt-get", "update") || c.runs("apt", "update");
        }

        private static boolean removesLists(List<ShellCommand> commands) {
            return commands.stream().anyMatch(c -> c.is("rm") && c.args().stream().anyMatch(a -> a.startsWith("/var/lib/apt/lists")));
        }

        /** Appending {@code && rm ...} is safe unless the RUN ends in a comment or in the background. */
        private static boolean safeToAppend(String raw) {
            String lastLine = raw.substring(raw.lastIndexOf('\n') + 1);
            return !lastLine.contains("#") && !raw.strip().endsWith("&") && !raw.contains("/var/lib/apt/lists");
        }

        private List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            if (!merged.isEmpty()) changes.add(new Change(MERGE, ChangeKind.CACHE, "apt-get update joined with apt-get install",
                    "A separate 'RUN apt-get update' layer is cached on its own, so a later install can use stale package lists.",
                    merged, "One layer fewer; installs always see fresh lists."));
            if (!recommends.isEmpty()) changes.add(new Change(RECOMMENDS, ChangeKind.LAYER_SIZE, "apt-get install --no-install-recommends",
                    "Recommended packages are not dependencies; images rarely need them.", recommends,
                    "Fewer packages installed (often tens of MB)."));
            if (!lists.isEmpty()) changes.add(new Change(LISTS, ChangeKind.LAYER_SIZE, "apt package lists removed in the same layer",
                    "The lists apt-get update downloads are only needed while installing.", lists,
                    "The layer loses /var/lib/apt/lists (about 20-40 MB)."));
            return changes;
        }
    }

    private static boolean shellRun(Instruction i) {
        return i.keyword() == Keyword.RUN && !i.json() && i.heredocs().isEmpty() && !i.args().isEmpty();
    }
}

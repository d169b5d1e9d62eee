package io.dockwright.optimize.passes;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * apt-get hygiene: a lone {@code RUN apt-get update} joined with the install that follows it,
 * {@code --no-install-recommends}, and the package lists removed in the same layer.
 */
final class AptPass implements Pass {
    private static final String MERGE = "apt-update-merge", RECOMMENDS = "apt-no-recommends", LISTS = "apt-lists";
    private static final String GAP = "(?:\\s|\\\\\\r?\\n)+";
    private static final Pattern INSTALL = Pattern.compile("\\bapt(?:-get)?" + GAP + "(?:-[\\w-]+(?:=\\S+)?" + GAP + ")*install\\b");
    private static final Pattern LONE_UPDATE = Pattern.compile("\\s*apt(?:-get)?\\s+(?:-\\S+\\s+)*update(?:\\s+-\\S+)*\\s*");
    private static final Pattern STARTS_WITH_INSTALL = Pattern.compile("\\s*(?:DEBIAN_FRONTEND=\\S+\\s+)?apt(?:-get)?\\s.*install\\b.*", Pattern.DOTALL);

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        TextEdits edits = new TextEdits();
        List<LineRange> merged = new ArrayList<>(), recommends = new ArrayList<>(), lists = new ArrayList<>();
        List<Fate> fates = new ArrayList<>();
        for (Stage stage : src.graph.stages()) {
            List<Instruction> ins = src.instructions(stage);
            for (int k = 0; k < ins.size(); k++) {
                Instruction i = ins.get(k);
                if (!shellRun(i)) continue;
                String cmd = Source.command(i);
                String raw = src.text(i);
                boolean updates = cmd.contains("apt-get update") || cmd.contains("apt update");
                if (LONE_UPDATE.matcher(cmd).matches() && k + 1 < ins.size() && shellRun(ins.get(k + 1))
                        && STARTS_WITH_INSTALL.matcher(Source.command(ins.get(k + 1))).matches()) {
                    merged.add(new LineRange(src.firstLine(i), src.lastLine(ins.get(k + 1))));
                    if (!options.accepts(MERGE)) continue; // rejected: the install is handled on its own
                    edits.delete(src.df.lineStart(src.firstLine(i)), src.blockEnd(i));
                    fates.add(new Fate(src.firstLine(i), "joined with the apt-get install that follows it", MERGE));
                    Instruction next = ins.get(++k);
                    edits.insert(next.args().get(0).span().start(), "apt-get update && ");
                    i = next;
                    cmd = Source.command(i);
                    raw = src.text(i);
                    updates = true;
                }
                Matcher m = INSTALL.matcher(raw);
                if (!m.find()) continue;
                if (!raw.contains("--no-install-recommends") && !raw.contains("--install-recommends")) {
                    recommends.add(src.lines(i));
                    if (options.accepts(RECOMMENDS)) edits.insert(i.span().start() + m.end(), " --no-install-recommends");
                }
                String lastLine = raw.substring(raw.lastIndexOf('\n') + 1);
                if (updates && !raw.contains("/var/lib/apt/lists") && !lastLine.contains("#") && !cmd.trim().endsWith("&")) {
                    lists.add(src.lines(i));
                    if (options.accepts(LISTS)) edits.insert(i.span().end(), " \\" + src.nl + "    && rm -rf /var/lib/apt/lists/*");
                }
            }
        }
        if (merged.isEmpty() && recommends.isEmpty() && lists.isEmpty()) return Optional.empty();
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
        return Optional.of(new Output(edits.apply(src.text), changes, List.of(), fates));
    }

    private static boolean shellRun(Instruction i) {
        return i.keyword() == Keyword.RUN && !i.json() && i.heredocs().isEmpty() && !i.args().isEmpty();
    }
}

package io.dockwright.optimize.passes;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cache-friendly order: when {@code COPY . .} is followed by a dependency install that only needs the
 * manifests, the manifests are copied and installed first, so editing a source file no longer reinstalls everything.
 */
final class ManifestFirstPass implements Pass {
    private static final Pattern PIP_R = Pattern.compile("\\s*(?:pip[0-9.]*|python[0-9.]*\\s+-m\\s+pip)\\s+install((?:\\s+--?[\\w-]+(?:=\\S+)?)*)\\s+-r\\s+(\\S+)((?:\\s+--?[\\w-]+(?:=\\S+)?)*)\\s*");
    private static final Pattern NODE = Pattern.compile("\\s*(npm\\s+(ci|install|i)|yarn(\\s+install)?|pnpm\\s+(install|i))((\\s+--?[\\w-]+(=\\S+)?)*)\\s*");
    private static final Pattern GO_MOD = Pattern.compile("\\s*go\\s+mod\\s+download(\\s+-x)?\\s*");
    private static final Set<Keyword> NEUTRAL = EnumSet.of(Keyword.ENV, Keyword.ARG, Keyword.LABEL, Keyword.EXPOSE);

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        if (!context.present()) return Optional.empty();
        TextEdits edits = new TextEdits();
        List<Change> changes = new ArrayList<>();
        List<Fate> fates = new ArrayList<>();
        for (Stage stage : src.graph.stages()) {
            List<Instruction> ins = src.instructions(stage);
            for (int c = 0; c < ins.size(); c++) {
                Instruction copy = ins.get(c);
                if (!copiesWholeContext(copy)) continue;
                for (int r = c + 1; r < ins.size(); r++) {
                    Instruction run = ins.get(r);
                    if (NEUTRAL.contains(run.keyword())) continue;
                    if (run.keyword() != Keyword.RUN || run.json() || run.args().isEmpty() || !run.flags().isEmpty()) break;
                    List<String> manifests = manifests(Source.command(run), context);
                    if (manifests.isEmpty()) break;
                    String dest = copy.args().get(copy.args().size() - 1).value();
                    String destDir = dest.equals(".") ? "./" : dest.endsWith("/") ? dest : dest + "/";
                    String moved = "COPY " + String.join(" ", manifests) + " " + destDir + src.nl + src.block(run);
                    int start = src.blockStart(run);
                    if (src.text.substring(0, start).endsWith(src.nl + src.nl)) {
                        start -= src.nl.length();
                        moved += src.nl;
                    }
                    edits.insert(src.blockStart(copy), moved);
                    edits.delete(start, src.blockEnd(run));
                    fates.add(new Fate(src.firstLine(run), "moved before the COPY of the whole context", "manifests-first"));
                    changes.add(new Change("manifests-first", ChangeKind.CACHE, "Dependency manifests copied before the sources",
                            "Line " + src.firstLine(run) + " only needs " + String.join(", ", manifests) + "; copied alone first, the install "
                                    + "layer is reused from cache until they change.",
                            List.of(src.lines(copy), src.lines(run)), "Rebuilds after a source edit skip the dependency install."));
                    break;
                }
                break;
            }
        }
        if (edits.isEmpty()) return Optional.empty();
        return Optional.of(new Output(edits.apply(src.text), changes, List.of(), fates));
    }

    private static boolean copiesWholeContext(Instruction i) {
        return i.keyword() == Keyword.COPY && i.flag("from").isEmpty() && i.args().size() == 2
                && (i.args().get(0).value().equals(".") || i.args().get(0).value().equals("./"))
                && !i.args().get(1).value().contains("$");
    }

    /** The manifests an install-only command needs, or empty when the command needs more (or files are missing). */
    static List<String> manifests(String cmd, ProjectContext ctx) {
        List<String> files = new ArrayList<>();
        Matcher pip = PIP_R.matcher(cmd);
        if (pip.matches()) {
            String req = pip.group(2);
            if (req.contains("/") || req.contains("$") || !ctx.has(req)) return List.of();
            if (ctx.read(req).orElse("").lines().anyMatch(l -> l.trim().startsWith("-") || l.trim().startsWith("."))) return List.of();
            return List.of(req);
        }
        if (NODE.matcher(cmd).matches()) {
            if (!ctx.has("package.json")) return List.of();
            files.add("package.json");
            ctx.nodeLockFile().ifPresent(files::add);
            if (ctx.packageJson().map(p -> p.path("scripts").has("postinstall") || p.path("scripts").has("prepare")
                    || p.path("workspaces").isArray()).orElse(true)) return List.of();
            return files;
        }
        if (GO_MOD.matcher(cmd).matches() && ctx.has("go.mod")) {
            files.add("go.mod");
            if (ctx.has("go.sum")) files.add("go.sum");
            return files;
        }
        return List.of();
    }
}

package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.commands.RunScript;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cache-friendly order: when {@code COPY . .} is followed by a dependency install that only needs the
 * manifests, the manifests (and the package managers' configuration beside them: .npmrc, .yarnrc.yml, pip.conf,
 * requirement files the requirements include) are copied and installed first, so editing a source file no longer
 * reinstalls everything.
 */
final class ManifestFirstPass implements Pass {
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
                installAfter(src, ins, c, context).ifPresent(found -> {
                    moveBefore(src, edits, copy, found.run(), found.manifests());
                    fates.add(new Fate(src.firstLine(found.run()), "moved before the COPY of the whole context", "manifests-first"));
                    changes.add(new Change("manifests-first", ChangeKind.CACHE, "Dependency manifests copied before the sources",
                            "Line " + src.firstLine(found.run()) + " only needs " + String.join(", ", found.manifests())
                                    + "; copied alone first, the install layer is reused from cache until they change.",
                            List.of(src.lines(copy), src.lines(found.run())), "Rebuilds after a source edit skip the dependency install."));
                });
                break;
            }
        }
        if (edits.isEmpty()) return Optional.empty();
        return Optional.of(new Output(edits.apply(src.text), changes, List.of(), fates));
    }

    private record Install(Instruction run, List<String> manifests) {}

    /** The first RUN after the COPY (past ENV, ARG, LABEL, EXPOSE) when it is an install that needs only manifests. */
    private static Optional<Install> installAfter(Source src, List<Instruction> ins, int copyAt, ProjectContext context) {
        for (int r = copyAt + 1; r < ins.size(); r++) {
            Instruction run = ins.get(r);
            if (NEUTRAL.contains(run.keyword())) continue;
            if (run.keyword() != Keyword.RUN || run.json() || run.args().isEmpty() || !run.flags().isEmpty()) return Optional.empty();
            List<String> manifests = manifests(RunScript.of(src.lint(), run, "/").commands(), context);
            return manifests.isEmpty() ? Optional.empty() : Optional.of(new Install(run, manifests));
        }
        return Optional.empty();
    }

    /** Inserts the manifests' COPY lines and the install before the COPY of the context, and removes the install there. */
    private static void moveBefore(Source src, TextEdits edits, Instruction copy, Instruction run, List<String> manifests) {
        String dest = copy.args().get(copy.args().size() - 1).value();
        String destDir = dest.equals(".") ? "./" : dest.endsWith("/") ? dest : dest + "/";
        StringBuilder moved = new StringBuilder();
        byFolder(manifests).forEach((folder, files) -> moved.append("COPY ").append(String.join(" ", files)).append(' ')
                .append(folder.isEmpty() ? destDir : destDir + folder + "/").append(src.nl));
        moved.append(src.block(run));
        int start = src.blockStart(run);
        if (src.text.substring(0, start).endsWith(src.nl + src.nl)) {
            start -= src.nl.length();
            moved.append(src.nl);
        }
        edits.insert(src.blockStart(copy), moved.toString());
        edits.delete(start, src.blockEnd(run));
    }

    /** Files grouped by their folder, so one COPY per folder keeps the paths ({@code .yarn/releases/...}). */
    private static Map<String, List<String>> byFolder(List<String> files) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String f : files) {
            int slash = f.lastIndexOf('/');
            out.computeIfAbsent(slash < 0 ? "" : f.substring(0, slash), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static boolean copiesWholeContext(Instruction i) {
        return i.keyword() == Keyword.COPY && i.flag("from").isEmpty() && i.args().size() == 2
                && (i.args().get(0).value().equals(".") || i.args().get(0).value().equals("./"))
                && !i.args().get(1).value().contains("$");
    }

    /**
     * The files an install-only RUN needs (every command an install of one kind that reads nothing but manifests),
     * or empty when it needs more or a file is missing from the context.
     */
    static List<String> manifests(List<ShellCommand> commands, ProjectContext ctx) {
        if (commands.isEmpty()) return List.of();
        List<String> files = new ArrayList<>();
        for (ShellCommand c : commands) {
            Optional<List<String>> needs = InstallManifests.of(c, ctx);
            if (needs.isEmpty()) return List.of();
            needs.get().forEach(f -> { if (!files.contains(f)) files.add(f); });
        }
        return files;
    }
}

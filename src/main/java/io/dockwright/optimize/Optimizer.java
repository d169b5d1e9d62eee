package io.dockwright.optimize;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Position;
import io.dockwright.optimize.passes.MultiStagePass;
import io.dockwright.optimize.passes.Passes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a Dockerfile into a leaner one: splits single-stage builds into builder and runtime stages and
 * runs the smaller passes. Edits are made by spans of the lossless tree, so untouched text stays byte for byte.
 * Never throws: bad input gives an unchanged result with the reason.
 */
public final class Optimizer {
    private static final Logger LOG = LoggerFactory.getLogger(Optimizer.class);
    private final List<Pass> passes = Passes.standard();

    /**
     * @param text       the Dockerfile
     * @param contextDir the build context folder, or null when unknown
     * @param dockerfileName the Dockerfile's file name (for the proposed .dockerignore), or null
     */
    public OptimizationResult optimize(String text, Path contextDir, String dockerfileName, OptimizerOptions options) {
        String input = text == null ? "" : text;
        OptimizerOptions opts = options == null ? OptimizerOptions.defaults() : options;
        try {
            return run(input, contextDir, dockerfileName, opts);
        } catch (RuntimeException e) { // a bug must not lose the user's text
            LOG.error("The optimizer failed; the file is left as it was", e);
            return unchanged(input, "the optimizer failed on this file (" + e + "); the file is left as it was", List.of());
        }
    }

    public OptimizationResult optimize(String text, Path contextDir) {
        return optimize(text, contextDir, "Dockerfile", OptimizerOptions.defaults());
    }

    private OptimizationResult run(String text, Path contextDir, String name, OptimizerOptions opts) {
        if (text.isBlank()) return unchanged(text, "the Dockerfile is empty", List.of());
        Source original = new Source(text);
        Optional<Diagnostic> error = firstError(original);
        if (error.isPresent()) {
            Position p = original.df.position(error.get().span().start());
            return unchanged(text, "the Dockerfile does not parse (line " + p.line() + ", column " + p.column() + ": "
                    + error.get().message() + "); fix it first", List.of());
        }
        if (original.graph.stages().isEmpty()) return unchanged(text, "the Dockerfile has no FROM instruction", List.of());
        ProjectContext ctx = ProjectContext.scan(contextDir);
        String current = text;
        LineMap map = LineMap.identity(text);
        List<Change> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<Integer, InstructionFate> fates = new LinkedHashMap<>();
        List<Change> rejected = new ArrayList<>();
        for (Pass pass : passes) {
            Source src = new Source(current);
            Optional<Pass.Output> found = pass.apply(src, ctx, opts);
            if (found.isEmpty()) continue;
            Pass.Output out = found.get();
            List<Change> refused = out.changes().stream().filter(c -> !opts.accepts(c)).toList();
            for (Change c : refused) rejected.add(remap(c, map));
            // a pass whose every change is rejected is left out whole; a pass that can split leaves out only the refused edits
            if (!refused.isEmpty() && refused.size() == out.changes().size()) continue;
            if (out.text().equals(current)) {
                skipped.addAll(out.warnings());
                continue;
            }
            Source check = new Source(out.text());
            if (firstError(check).isPresent() || check.graph.hasErrors()) {
                warnings.add(pass.getClass().getSimpleName() + " produced a file that does not parse; its edits were left out.");
                continue;
            }
            warnings.addAll(out.warnings());
            for (Change c : out.changes()) if (opts.accepts(c)) changes.add(remap(c, map));
            for (Pass.Fate f : out.fates()) {
                int line = map.original(f.line());
                Instruction at = instructionAt(original, line);
                if (at != null) fates.putIfAbsent(line, new InstructionFate(line, at.keywordText(), f.fate(), f.changeId()));
            }
            map = map.then(current, out.text());
            current = out.text();
        }
        String ignore = opts.proposeDockerignore() ? DockerignoreProposal.propose(ctx, name) : null;
        if (ignore != null) {
            Change proposal = new Change("dockerignore", ChangeKind.CONTEXT, "Add a .dockerignore to the build context",
                    "The context has no .dockerignore, so everything in it (.git, caches, local builds) is sent to the engine"
                            + " and 'COPY . .' puts it in the image.", List.of(), "A smaller, faster build context and no stray files in the image.");
            if (opts.accepts(proposal)) {
                changes.add(proposal);
            } else {
                rejected.add(proposal);
                ignore = null;
            }
        }
        List<InstructionFate> accounting = account(original, map, fates, changes);
        if (current.equals(text)) {
            String reason = !rejected.isEmpty() && rejected.stream().anyMatch(Change::editsDockerfile)
                    ? "every change to the Dockerfile was rejected"
                    : skipped.isEmpty() ? "nothing to improve: no pass found anything to change" : String.join(" ", skipped);
            return new OptimizationResult(text, text, changes, warnings, accounting, reason, ignore, rejected);
        }
        warnings.addAll(0, skipped);
        return new OptimizationResult(text, current, changes, warnings, accounting, null, ignore, rejected);
    }

    private static Optional<Diagnostic> firstError(Source src) {
        return src.df.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .or(() -> src.graph.diagnostics().stream().filter(Diagnostic::isError).findFirst());
    }

    private static Change remap(Change c, LineMap map) {
        List<LineRange> lines = new ArrayList<>();
        for (LineRange r : c.lines()) {
            int first = map.original(r.first()), last = map.original(r.last());
            if (first == 0 && last == 0) continue;
            if (first == 0) first = last;
            if (last < first) last = first;
            lines.add(new LineRange(first, last));
        }
        return new Change(c.id(), c.kind(), c.title(), c.reason(), lines, c.effect());
    }

    private static Instruction instructionAt(Source src, int line) {
        if (line <= 0) return null;
        return src.df.instructions().stream().filter(i -> src.firstLine(i) == line).findFirst().orElse(null);
    }

    private static List<InstructionFate> account(Source original, LineMap map, Map<Integer, InstructionFate> fates,
                                                 List<Change> changes) {
        List<InstructionFate> out = new ArrayList<>();
        for (Instruction i : original.df.instructions()) {
            int first = original.firstLine(i), last = original.lastLine(i);
            InstructionFate f = fates.get(first);
            boolean intact = true;
            for (int l = first; l <= last; l++) intact &= map.survives(l);
            List<Change> touching = changes.stream().filter(c -> c.lines().stream().anyMatch(r -> r.first() <= last && r.last() >= first)
                    && !c.id().equals(MultiStagePass.ID)).toList();
            if (f != null && (intact || touching.isEmpty())) {
                out.add(f);
            } else if (f != null) {
                out.add(new InstructionFate(first, i.keywordText(), f.fate() + ", edited: "
                        + touching.stream().map(Change::title).collect(Collectors.joining("; ")), touching.get(0).id()));
            } else if (intact) {
                out.add(new InstructionFate(first, i.keywordText(), "kept", null));
            } else if (!touching.isEmpty()) {
                out.add(new InstructionFate(first, i.keywordText(), "edited: " + touching.stream().map(Change::title)
                        .collect(Collectors.joining("; ")), touching.get(0).id()));
            } else {
                out.add(new InstructionFate(first, i.keywordText(), "unaccounted", null));
            }
        }
        return out;
    }

    private static OptimizationResult unchanged(String text, String reason, List<String> warnings) {
        return new OptimizationResult(text, text, List.of(), warnings, List.of(), reason, null);
    }
}

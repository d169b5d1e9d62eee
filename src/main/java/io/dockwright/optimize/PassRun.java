package io.dockwright.optimize;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.passes.MultiStagePass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One optimization in progress: the passes' outputs applied in turn to the text, with the line map back to the
 * original, the accepted and rejected changes, the warnings and each original instruction's fate.
 */
final class PassRun {
    private final Source original;
    private final OptimizerOptions opts;
    private String current;
    private LineMap map;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<Integer, InstructionFate> fates = new LinkedHashMap<>();
    private final List<Change> rejected = new ArrayList<>();

    PassRun(Source original, OptimizerOptions opts) {
        this.original = original;
        this.opts = opts;
        this.current = original.text;
        this.map = LineMap.identity(original.text);
    }

    /** Runs {@code pass} on the current text and keeps what it did, unless rejected or broken. */
    void apply(Pass pass, ProjectContext ctx) {
        Optional<Pass.Output> found = pass.apply(new Source(current, opts.build()), ctx, opts);
        if (found.isEmpty()) return;
        Pass.Output out = found.get();
        if (allRefused(out)) return;
        if (out.text().equals(current)) {
            skipped.addAll(out.warnings());
            return;
        }
        Source check = new Source(out.text(), opts.build());
        if (firstError(check).isPresent() || check.graph.hasErrors()) {
            warnings.add(pass.getClass().getSimpleName() + " produced a file that does not parse; its edits were left out.");
            return;
        }
        keep(out);
    }

    /**
     * Records the refused changes; true when every change is refused, so the pass is left out whole (a pass that can
     * split leaves out only the refused edits itself).
     */
    private boolean allRefused(Pass.Output out) {
        List<Change> refused = out.changes().stream().filter(c -> !opts.accepts(c)).toList();
        for (Change c : refused) rejected.add(remap(c, map));
        return !refused.isEmpty() && refused.size() == out.changes().size();
    }

    private void keep(Pass.Output out) {
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

    /** Adds the proposed .dockerignore change (or its rejection); returns the proposal when it stays. */
    String propose(String dockerignore) {
        if (dockerignore == null) return null;
        Change proposal = new Change("dockerignore", ChangeKind.CONTEXT, "Add a .dockerignore to the build context",
                "The context has no .dockerignore, so everything in it (.git, caches, local builds) is sent to the engine"
                        + " and 'COPY . .' puts it in the image.", List.of(), "A smaller, faster build context and no stray files in the image.");
        if (opts.accepts(proposal)) {
            changes.add(proposal);
            return dockerignore;
        }
        rejected.add(proposal);
        return null;
    }

    OptimizationResult result(String dockerignore) {
        String text = original.text;
        List<InstructionFate> accounting = account();
        if (current.equals(text)) {
            String reason = !rejected.isEmpty() && rejected.stream().anyMatch(Change::editsDockerfile)
                    ? "every change to the Dockerfile was rejected"
                    : skipped.isEmpty() ? "nothing to improve: no pass found anything to change" : String.join(" ", skipped);
            return new OptimizationResult(text, text, changes, warnings, accounting, reason, dockerignore, rejected);
        }
        List<String> all = new ArrayList<>(skipped);
        all.addAll(warnings);
        return new OptimizationResult(text, current, changes, all, accounting, null, dockerignore, rejected);
    }

    static Optional<Diagnostic> firstError(Source src) {
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

    /** One fate per original instruction: the pass's word for it, or what the edits touching it did. */
    private List<InstructionFate> account() {
        List<InstructionFate> out = new ArrayList<>();
        for (Instruction i : original.df.instructions()) out.add(fateOf(i));
        return out;
    }

    private InstructionFate fateOf(Instruction i) {
        int first = original.firstLine(i), last = original.lastLine(i);
        InstructionFate f = fates.get(first);
        boolean intact = true;
        for (int l = first; l <= last; l++) intact &= map.survives(l);
        List<Change> touching = changes.stream().filter(c -> c.lines().stream().anyMatch(r -> r.first() <= last && r.last() >= first)
                && !c.id().equals(MultiStagePass.ID)).toList();
        String edited = touching.stream().map(Change::title).collect(Collectors.joining("; "));
        if (f != null && (intact || touching.isEmpty())) return f;
        if (f != null) return new InstructionFate(first, i.keywordText(), f.fate() + ", edited: " + edited, touching.get(0).id());
        if (intact) return new InstructionFate(first, i.keywordText(), "kept", null);
        if (!touching.isEmpty()) return new InstructionFate(first, i.keywordText(), "edited: " + edited, touching.get(0).id());
        return new InstructionFate(first, i.keywordText(), "unaccounted", null);
    }
}

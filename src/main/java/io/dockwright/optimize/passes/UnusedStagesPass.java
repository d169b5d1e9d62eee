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
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Removes stages the target (the last stage) does not need: BuildKit skips them, the classic builder wastes time on them. */
final class UnusedStagesPass implements Pass {

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        List<Stage> stages = src.graph.stages();
        if (stages.size() < 2 || src.graph.target() != stages.size() - 1) return Optional.empty();
        TextEdits edits = new TextEdits();
        List<Change> changes = new ArrayList<>();
        List<Fate> fates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> built = ProjectTargets.of(context);
        for (Stage s : src.graph.unusedStages()) {
            if (s.name() != null) {
                Optional<String> kept = keptBecause(s.name(), context, built);
                if (kept.isPresent()) {
                    warnings.add("Stage " + s.name() + " is kept although the final stage does not need it: " + kept.get() + ".");
                    continue;
                }
            }
            List<Instruction> ins = src.instructions(s);
            String id = "unused-stage-" + s.label();
            changes.add(new Change(id, ChangeKind.UNUSED_STAGE, "Removed stage " + s.label() + " (" + (s.base() != null ? s.base() : "stage " + s.baseStage()) + ")",
                    "Nothing the final stage needs comes from stage " + s.label() + " (no FROM, COPY --from or RUN --mount refers to it).",
                    List.of(new LineRange(s.line(), s.endLine())),
                    "The classic builder no longer builds it; the Dockerfile is shorter. Building with --target " + s.label() + " is no longer possible."));
            if (!options.accepts(id)) continue; // rejected: the stage stays
            int start = src.blockStart(ins.get(0));
            Stage next = stages.get(s.index() + 1);
            edits.delete(start, src.blockStart(src.instructions(next).get(0)));
            for (Instruction i : ins) fates.add(new Fate(src.firstLine(i), "removed with unused stage " + s.label(), id));
        }
        if (changes.isEmpty() && warnings.isEmpty()) return Optional.empty();
        return Optional.of(new Output(edits.apply(src.text), changes, warnings, fates));
    }

    /**
     * Why a named stage stays: the project builds it ({@link ProjectTargets}), or, without a build context to look in, a
     * compose file, CI job or bake file might.
     */
    private static Optional<String> keptBecause(String name, ProjectContext context, Map<String, String> built) {
        if (!context.present()) {
            return Optional.of("without the build context, a compose file, CI job or bake file that builds it (target " + name
                    + ") cannot be ruled out");
        }
        String file = built.get(name.toLowerCase(java.util.Locale.ROOT));
        return file == null ? Optional.empty() : Optional.of(file + " builds it (target " + name + ")");
    }
}

package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.facts.ImageFacts;
import io.dockwright.optimize.recipes.StageFacts;
import io.dockwright.optimize.recipes.swap.BaseSwap;
import io.dockwright.optimize.recipes.swap.PrebuiltJavaSwap;
import io.dockwright.optimize.recipes.swap.StdlibPythonSwap;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-stage file that builds nothing on a full image gets the table's runtime image as its base (change
 * {@code runtime-swap}): a prebuilt jar on a JDK runs on the JRE, a standard-library-only Python app on the slim
 * image. Runs after the multi-stage split, so it sees only files that were not split.
 */
public final class RuntimeSwapPass implements Pass {
    public static final String ID = "runtime-swap";
    private final List<BaseSwap> swaps = List.of(new PrebuiltJavaSwap(), new StdlibPythonSwap());

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        if (src.graph.stages().size() != 1) return Optional.empty();
        Stage stage = src.graph.stages().get(0);
        List<Instruction> ins = src.instructions(stage);
        Instruction from = ins.get(0);
        if (from.args().isEmpty() || stage.base() == null) return Optional.empty();
        String raw = from.args().get(0).value();
        RuntimeBaseTable table = options.runtimeBases();
        Optional<RuntimeBaseTable.Mapping> mapping = table.lookup(raw);
        if (mapping.isEmpty() || mapping.get().runtime() == null) return Optional.empty();
        ImageFacts baseFacts = options.baseImages().of(stage.base()).orElse(ImageFacts.none("unknown image " + stage.base()));
        StageFacts facts = new StageFacts(src, ins, stage.base(), context, baseFacts, options, stage.name());
        for (BaseSwap swap : swaps) {
            Optional<BaseSwap.Decision> d = swap.decide(facts, mapping.get());
            if (d.isEmpty()) continue;
            if (!d.get().swaps()) {
                return Optional.of(new Output(src.text, List.of(), List.of("No runtime base swap: " + d.get().declined() + "."), List.of()));
            }
            return Optional.of(write(src, facts, from, mapping.get(), swap, d.get()));
        }
        return Optional.empty();
    }

    private static Output write(Source src, StageFacts facts, Instruction from, RuntimeBaseTable.Mapping m, BaseSwap swap, BaseSwap.Decision d) {
        TextEdits edits = new TextEdits();
        var word = from.args().get(0).span();
        edits.replace(word.start(), word.end(), m.runtime());
        List<String> warnings = new ArrayList<>(d.warnings());
        String wd = facts.baseFacts.effectiveWorkingDir();
        String runtimeWd = facts.options.baseImages().of(m.runtime()).map(ImageFacts::effectiveWorkingDir).orElse("/");
        if (!facts.setsWorkdir() && !wd.equals(runtimeWd)) {
            edits.insert(src.blockEnd(from), "WORKDIR " + wd + src.nl);
            warnings.add("WORKDIR " + wd + " is set because " + m.runtime() + " starts in " + runtimeWd + ", " + facts.base + " in " + wd + ".");
        }
        String why = m.why() == null ? "" : " (" + m.why() + ")";
        Change change = new Change(ID, ChangeKind.RUNTIME_BASE, "Base " + facts.base + " replaced by " + m.runtime(),
                "The " + swap.stack() + " app is not built in the image: " + d.reason() + why + ".",
                List.of(src.lines(from)), "A smaller image without the build toolchain (unverified until both are built and compared).");
        return new Output(edits.apply(src.text), List.of(change), warnings, List.of());
    }
}

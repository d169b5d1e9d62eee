package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.facts.ImageFacts;
import io.dockwright.optimize.recipes.DevModeCommand;
import io.dockwright.optimize.recipes.GoRecipe;
import io.dockwright.optimize.recipes.JavaRecipe;
import io.dockwright.optimize.recipes.NativeRecipe;
import io.dockwright.optimize.recipes.NodeRecipe;
import io.dockwright.optimize.recipes.PhpRecipe;
import io.dockwright.optimize.recipes.PythonRecipe;
import io.dockwright.optimize.recipes.Recipe;
import io.dockwright.optimize.recipes.RubyRecipe;
import io.dockwright.optimize.recipes.RustRecipe;
import io.dockwright.optimize.recipes.StageFacts;
import io.dockwright.stages.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a single-stage build into builder + runtime stages with the recipe of the detected stack. */
public final class MultiStagePass implements Pass {
    public static final String ID = "multi-stage";
    private static final Set<Keyword> MOVED = EnumSet.of(Keyword.CMD, Keyword.ENTRYPOINT, Keyword.EXPOSE,
            Keyword.HEALTHCHECK, Keyword.VOLUME, Keyword.STOPSIGNAL, Keyword.LABEL, Keyword.MAINTAINER, Keyword.ONBUILD);
    private static final Set<Keyword> BOTH = EnumSet.of(Keyword.ENV, Keyword.ARG, Keyword.WORKDIR, Keyword.USER, Keyword.SHELL);
    private static final Set<Keyword> RUNTIME_ONLY = EnumSet.of(Keyword.USER, Keyword.EXPOSE, Keyword.VOLUME,
            Keyword.HEALTHCHECK, Keyword.STOPSIGNAL, Keyword.CMD, Keyword.ENTRYPOINT, Keyword.ONBUILD);
    private static final Map<String, String> STACKS = Map.of("python", "Python", "node", "Node", "java", "Java",
            "go", "Go", "rust", "Rust", "native", "C/C++", "ruby", "Ruby", "php", "PHP");

    private final List<Recipe> recipes = List.of(new GoRecipe(), new RustRecipe(), new JavaRecipe(), new NodeRecipe(),
            new PythonRecipe(), new RubyRecipe(), new PhpRecipe(), new NativeRecipe());

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        if (src.graph.stages().size() != 1) return Optional.empty();
        Stage stage = src.graph.stages().get(0);
        List<Instruction> ins = src.instructions(stage);
        if (ins.get(0).args().isEmpty()) return skip(src, "the FROM instruction names no image");
        RuntimeBaseTable table = options.runtimeBases();
        String raw = ins.get(0).args().get(0).value();
        Optional<RuntimeBaseTable.Mapping> found = table.lookup(raw).or(() -> table.lookup(stage.base()));
        if (found.isEmpty()) {
            return skip(src, "the base image " + raw + " is not in the runtime base table, so it is kept; "
                    + "add a rule for it to split the build");
        }
        ImageFacts baseFacts = options.baseImages().of(stage.base()).orElse(ImageFacts.none("unknown image " + stage.base()));
        StageFacts facts = new StageFacts(src, ins, stage.base(), context, baseFacts, options,
                stage.name() != null ? stage.name() : "builder");
        RuntimeBaseTable.Mapping mapping = found.get();
        if (mapping.alreadyRuntime()) {
            Optional<RuntimeBaseTable.Mapping> same = SameBaseRuntime.of(facts, mapping);
            if (same.isEmpty()) {
                return skip(src, "the base image " + raw + " is already a runtime image (rule '" + mapping.rule()
                        + "') and the stage installs no build-only packages or dev dependencies to leave behind");
            }
            mapping = same.get();
        }
        return split(src, facts, stage, mapping);
    }

    private Optional<Output> split(Source src, StageFacts facts, Stage stage, RuntimeBaseTable.Mapping mapping) {
        Optional<DevModeCommand> dev = DevModeCommand.of(facts);
        if (dev.isPresent() && !dev.get().runsAnyway() && !dev.get().convertible()) return skip(src, dev.get().declined());
        Optional<Recipe> recipe = chooseRecipe(mapping.stack(), facts);
        if (recipe.isEmpty()) return noRecipe(src, facts, stage, mapping);
        Recipe.Result result = recipe.get().plan(facts, mapping, src.nl);
        if (result.plan() == null) return skip(src, result.reason());
        Output out = new SplitWriter(src, facts, stage, result.plan(), mapping, facts.table()).write();
        if (dev.isEmpty() || !dev.get().runsAnyway()) return Optional.of(out);
        List<String> warnings = new java.util.ArrayList<>(out.warnings());
        warnings.add(dev.get().warning());
        return Optional.of(new Output(out.text(), out.changes(), warnings, out.fates()));
    }

    /** No build step: a prebuilt Java app may still move to the JRE, a Python app to the slim base alone; else the reason. */
    private static Optional<Output> noRecipe(Source src, StageFacts facts, Stage stage, RuntimeBaseTable.Mapping mapping) {
        String none = "no build step of a known stack (pip, npm/yarn/pnpm, Maven/Gradle, go build, cargo, gem/bundle, "
                + "make/cmake/gcc) was found, so there is nothing to leave behind in a builder stage";
        if ("java".equals(mapping.stack())) {
            JreBaseSwap.Result jre = JreBaseSwap.of(facts, mapping);
            return jre.output() != null ? Optional.of(jre.output()) : skip(src, none + "; the base is kept: " + jre.reason());
        }
        if (!"python".equals(mapping.stack()) || SameBaseRuntime.same(mapping, stage.base(), mapping.runtime())) return skip(src, none);
        SlimBaseSwap.Result swap = SlimBaseSwap.of(facts, mapping);
        return swap.output() != null ? Optional.of(swap.output()) : skip(src, none + "; the base is kept: " + swap.reason());
    }

    private Optional<Recipe> chooseRecipe(String stack, StageFacts facts) {
        String preferred = stack == null ? null : STACKS.get(stack);
        return recipes.stream().filter(r -> r.stack().equals(preferred) && r.detects(facts)).findFirst()
                .or(() -> recipes.stream().filter(r -> r.detects(facts)).findFirst());
    }

    private static Optional<Output> skip(Source src, String reason) {
        return Optional.of(new Output(src.text, List.of(), List.of("No multi-stage split: " + reason + "."), List.of()));
    }

    /** What happens to an instruction of the single stage (a RUN stays in the builder; {@link RunCarry} carries its users). */
    enum Category { BUILDER, MOVE, BOTH }

    static Category category(Instruction i) {
        if (MOVED.contains(i.keyword())) return Category.MOVE;
        if (BOTH.contains(i.keyword())) return Category.BOTH;
        return Category.BUILDER;
    }

    static boolean runtimeOnly(Keyword k) { return RUNTIME_ONLY.contains(k); }
}

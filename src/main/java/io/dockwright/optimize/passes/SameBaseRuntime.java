package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.recipes.NodeRecipe;
import io.dockwright.optimize.recipes.OsPackages;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A base that is already a runtime image ({@code node:18-slim}, {@code python:3.11-slim}, alpine) on which the stage
 * installs build tools or dev dependencies: the builder keeps them and the runtime stage starts again from the same
 * image without them. Nothing to leave behind: no split.
 */
final class SameBaseRuntime {
    private SameBaseRuntime() {}

    /** The mapping to the builder's own base, or empty when the stage carries no build-only weight. */
    static Optional<RuntimeBaseTable.Mapping> of(StageFacts f, RuntimeBaseTable.Mapping already) {
        List<String> weight = buildWeight(f);
        if (weight.isEmpty()) return Optional.empty();
        String why = f.base + " is already a runtime image (rule '" + already.rule() + "'), but the stage installs "
                + String.join(" and ", weight) + "; the builder keeps them and the runtime stage starts again from "
                + f.base + " without them";
        return Optional.of(new RuntimeBaseTable.Mapping(already.image(), f.base, already.stack(), already.rule(), why, null));
    }

    /** True when the runtime stage starts again from the builder's own base (as this class maps it). */
    static boolean same(RuntimeBaseTable.Mapping mapping, String builderBase, String runtimeImage) {
        return builderBase.equals(mapping.runtime()) && builderBase.equals(runtimeImage);
    }

    private static List<String> buildWeight(StageFacts f) {
        Set<String> tools = new LinkedHashSet<>();
        for (Instruction run : f.runs()) tools.addAll(OsPackages.of(f.script(run).commands()).buildOnly(f.table()));
        List<String> out = new ArrayList<>();
        if (!tools.isEmpty()) out.add("build-only packages (" + String.join(" ", tools) + ")");
        if (NodeRecipe.installsDevDependencies(f)) out.add("the dev dependencies package.json lists");
        return out;
    }
}

package io.dockwright.optimize.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a build on an image that is already a runtime base (a {@code -slim} or {@code -alpine} tag) installs only to
 * build, so that a runtime stage on the same image can leave it behind: OS packages the runtime base table calls
 * build-only (compilers, {@code -dev} headers, {@code apk add --virtual} groups) and a Node app's dev dependencies.
 * Empty when there is nothing: then a split would only copy the image into itself.
 */
public final class BuildLeftovers {
    private BuildLeftovers() {}

    /** One sentence per kind of leftover ("build-essential, libyaml-dev (OS packages needed only to build)"). */
    public static List<String> of(StageFacts f) {
        List<String> out = new ArrayList<>();
        Set<String> buildOnly = new LinkedHashSet<>();
        for (Instruction run : f.runs()) buildOnly.addAll(OsPackages.of(f.script(run).commands()).buildOnly(f.table()));
        if (!buildOnly.isEmpty()) out.add(String.join(" ", buildOnly) + " (OS packages needed only to build)");
        nodeDevDependencies(f).ifPresent(out::add);
        return out;
    }

    /** The dev dependencies a local npm/yarn/pnpm install puts into node_modules, if package.json lists any. */
    private static Optional<String> nodeDevDependencies(StageFacts f) {
        Optional<StageFacts.Found> install = f.find(NodeRecipe::localInstall);
        if (install.isEmpty() || omitsDev(install.get().command()) || f.env("NODE_ENV").filter("production"::equals).isPresent()) {
            return Optional.empty();
        }
        JsonNode dev = f.context.packageJson().map(p -> p.path("devDependencies")).orElse(null);
        if (dev == null || !dev.isObject() || dev.isEmpty()) return Optional.empty();
        List<String> names = new ArrayList<>();
        dev.fieldNames().forEachRemaining(names::add);
        String shown = names.size() > 5 ? String.join(", ", names.subList(0, 5)) + "..." : String.join(", ", names);
        return Optional.of("the dev dependencies of package.json (" + shown + ") that `" + install.get().command().text() + "` installs");
    }

    private static boolean omitsDev(ShellCommand c) {
        return c.args().contains("--omit=dev") || c.hasFlag("--production", "--prod", "-P")
                || c.args().contains("--only=prod") || c.args().contains("--only=production")
                || c.assignment("NODE_ENV").filter("production"::equals).isPresent();
    }
}

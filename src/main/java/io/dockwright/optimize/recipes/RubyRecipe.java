package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.List;
import java.util.Optional;

/**
 * Ruby: gems installed with {@code gem install} or {@code bundle install} go to GEM_HOME ({@code /usr/local/bundle}
 * in the official images), which the runtime stage copies with the app folder onto the slim image; compilers and
 * {@code -dev} packages stay in the builder, their runtime libraries are installed.
 */
public final class RubyRecipe implements Recipe {

    static boolean installs(ShellCommand c) {
        return c.runs("gem", "install") || c.runs("bundle", "install") || c.is("bundle") && c.verb().isEmpty();
    }

    @Override
    public String stack() { return "Ruby"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(RubyRecipe::installs); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        Optional<String> gemHome = f.env("GEM_HOME").filter(p -> p.startsWith("/") && !p.contains("$"));
        if (gemHome.isEmpty()) {
            return Result.no("gems are installed without a GEM_HOME, into the system's gem folders, which this recipe does not follow");
        }
        String wd = f.finalWorkdir();
        boolean bundler = f.any(c -> c.is("bundle"));
        if (bundler && wd.equals("/")) return Result.no("the Ruby app has no WORKDIR, so its files cannot be told apart from the system's");
        Recipe.Builder plan = Plan.of(stack(), "gems are installed into GEM_HOME (" + gemHome.get() + ") in the builder, with the"
                        + " compilers native gems need; the runtime stage copies " + gemHome.get() + (wd.equals("/") ? "" : " and the app folder")
                        + " onto the slim image")
                .artifact(gemHome.get(), "the gems (and their executables in " + gemHome.get() + "/bin)");
        if (!wd.equals("/")) plan.artifact(wd, "the application folder");
        boolean alpine = mapping.runtime() != null && mapping.runtime().contains("alpine");
        LinkedLibraries.add(f, plan, List.of(gemHome.get()), alpine, "Native gems", nl);
        f.find(c -> c.runs("bundle", "install") || c.is("bundle") && c.verb().isEmpty()).ifPresent(install -> bundleWithout(f, install, plan, nl));
        return Result.of(plan.build());
    }

    /** BUNDLE_WITHOUT=development:test before the install and in the runtime stage, when {@link BundlerGroups} allows it. */
    private static void bundleWithout(StageFacts f, StageFacts.Found install, Recipe.Builder plan, String nl) {
        if (!f.options.accepts(BundlerGroups.ID)) return;
        BundlerGroups groups = BundlerGroups.of(f, install);
        if (groups.change() == null) {
            if (!groups.reason().startsWith("the Gemfile has no") && !groups.reason().startsWith("the build context has no")) {
                plan.warn("Bundler's development and test groups are kept: " + groups.reason() + ".");
            }
            return;
        }
        String env = "ENV BUNDLE_WITHOUT=" + BundlerGroups.VALUE + nl;
        plan.insert(f.source.blockStart(install.run()), "# Dockwright: install the production gems only" + nl + env)
                .runtimePrelude(env).note(groups.change());
    }
}

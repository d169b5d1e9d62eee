package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
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
                .artifact(gemHome.get(), "the gems (and their executables in " + gemHome.get() + "/bin)")
                .warn("Native gems link shared libraries: the runtime stage installs the runtime packages of the -dev packages the"
                        + " builder installed; others must be added by hand.");
        if (!wd.equals("/")) plan.artifact(wd, "the application folder");
        return Result.of(plan.build());
    }
}

package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.ProjectContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bundler's development and test groups left out of the image ({@code BUNDLE_WITHOUT=development:test}, set before
 * {@code bundle install} and in the runtime stage, where {@code bundle exec} checks the same groups). Only when the
 * Gemfile has such groups, the file does not choose groups itself, the app does not run in development mode (RAILS_ENV,
 * RACK_ENV or APP_ENV other than production; a Rails app without RAILS_ENV=production) and its Ruby files require none
 * of those gems. Otherwise the reason.
 *
 * @param change   the change (id {@code bundle-without}), or null
 * @param reason   why the groups are kept, or null
 * @param gems     the gems left out
 */
record BundlerGroups(Change change, String reason, Set<String> gems) {
    static final String ID = "bundle-without";
    static final String VALUE = "development:test";
    private static final Pattern GROUP_BLOCK = Pattern.compile("(?m)^\\s*group\\s+([^\\n]*?)\\s+do\\s*$(.*?)^\\s*end\\s*$", Pattern.DOTALL);
    private static final Pattern GEM = Pattern.compile("(?m)^\\s*gem\\s+['\"]([\\w.-]+)['\"]([^\\n]*)");
    private static final Pattern DEV_OPTION = Pattern.compile("(?:group|groups):\\s*\\[?[^\\n]*:(?:development|test)\\b");
    private static final Set<String> SKIP = Set.of("vendor", "node_modules", "tmp", "log", "spec", "test", "tests");

    static BundlerGroups of(StageFacts f, StageFacts.Found install) {
        Optional<String> gemfile = f.context.read("Gemfile");
        if (gemfile.isEmpty()) return keep("the build context has no Gemfile");
        Set<String> gems = devGems(gemfile.get());
        if (gems.isEmpty()) return keep("the Gemfile has no development or test group");
        if (f.env("BUNDLE_WITHOUT").isPresent() || f.env("BUNDLE_ONLY").isPresent()
                || f.any(c -> c.is("bundle") && (c.args().contains("without") || c.args().contains("only") || c.hasFlag("--without")))) {
            return keep("the file chooses Bundler's groups itself");
        }
        for (String v : List.of("RAILS_ENV", "RACK_ENV", "APP_ENV")) {
            Optional<String> env = f.env(v);
            if (env.isPresent() && !env.get().equals("production")) return keep(v + " is " + env.get() + ", which loads those groups");
        }
        if (f.context.exists("config/application.rb") && f.env("RAILS_ENV").isEmpty()) {
            return keep("the Rails app runs in development mode (no RAILS_ENV=production), which loads the development group");
        }
        Optional<String> used = requiredAtRunTime(f.context, gems);
        if (used.isPresent()) return keep("the app requires " + used.get() + ", a gem of those groups");
        Instruction run = install.run();
        Change change = new Change(ID, ChangeKind.LAYER_SIZE, "Development and test gems left out (BUNDLE_WITHOUT=" + VALUE + ")",
                "The Gemfile's development and test groups (" + String.join(", ", gems) + ") are not needed to run the app, whose Ruby"
                        + " files require none of them; BUNDLE_WITHOUT is set before bundle install and in the runtime stage, where"
                        + " bundle exec checks the same groups.",
                List.of(f.source.lines(run)), "The image carries the production gems only.");
        return new BundlerGroups(change, null, gems);
    }

    private static BundlerGroups keep(String why) {
        return new BundlerGroups(null, why, Set.of());
    }

    /** The gems of the development and test groups (group blocks and {@code group:} options). */
    static Set<String> devGems(String gemfile) {
        Set<String> out = new LinkedHashSet<>();
        Matcher block = GROUP_BLOCK.matcher(gemfile);
        while (block.find()) {
            List<String> groups = new ArrayList<>();
            for (String g : block.group(1).split("[,\\s]+")) groups.add(g.replaceAll("^:|[()]", ""));
            if (!groups.stream().allMatch(g -> g.equals("development") || g.equals("test"))) continue;
            Matcher gem = GEM.matcher(block.group(2));
            while (gem.find()) out.add(gem.group(1));
        }
        Matcher gem = GEM.matcher(gemfile);
        while (gem.find()) if (DEV_OPTION.matcher(gem.group(2)).find()) out.add(gem.group(1));
        return out;
    }

    private static Optional<String> requiredAtRunTime(ProjectContext ctx, Set<String> gems) {
        for (ProjectContext.SourceFile file : ctx.sources(Set.of(".rb", ".ru"), SKIP, 3_000, 512 * 1024, 32L * 1024 * 1024).files()) {
            for (String gem : gems) {
                if (Pattern.compile("\\brequire\\s*\\(?\\s*['\"]" + Pattern.quote(gem) + "(?:/|['\"])").matcher(file.text()).find()) {
                    return Optional.of(gem + " (" + file.path() + ")");
                }
            }
        }
        return Optional.empty();
    }
}

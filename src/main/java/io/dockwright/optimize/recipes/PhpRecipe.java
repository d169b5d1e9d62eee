package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Span;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PHP on the official php images (cli, apache, fpm; no slim variant exists): extensions built with
 * {@code docker-php-ext-install} or {@code pecl install} and the packages composer installs stay in a builder with
 * their {@code -dev} packages, compilers, git, unzip and composer itself; the runtime stage starts again from the same
 * php image and copies the compiled extensions ({@code /usr/local/lib/php/extensions}), PHP's configuration
 * ({@code /usr/local/etc}: php.ini, the extensions' conf.d files, php-fpm pools) and the app folder with
 * {@code vendor/}, installs the OS packages that own the libraries the extensions link, and runs the Apache module
 * commands ({@code a2enmod}...) again. {@code composer install} gets {@code --no-dev --optimize-autoloader}
 * (change {@code composer-no-dev}, rejectable).
 */
public final class PhpRecipe implements Recipe {
    static final String COMPOSER_NO_DEV = "composer-no-dev";
    static final String EXTENSIONS = "/usr/local/lib/php/extensions";
    private static final Set<String> EXT_TOOLS = Set.of("docker-php-ext-install", "docker-php-ext-enable", "docker-php-ext-configure");
    private static final Set<String> APACHE_TOOLS = Set.of("a2enmod", "a2dismod", "a2ensite", "a2dissite", "a2enconf", "a2disconf");

    static boolean extension(ShellCommand c) {
        return EXT_TOOLS.contains(c.tool()) || c.runs("pecl", "install");
    }

    static boolean composerInstall(ShellCommand c) {
        return c.runs("composer", "install") || c.tool().matches("php[0-9.]*") && c.args().size() > 1
                && c.args().get(0).endsWith("composer.phar") && c.args().contains("install");
    }

    @Override
    public String stack() { return "PHP"; }

    @Override
    public boolean detects(StageFacts f) {
        return f.any(c -> extension(c) || composerInstall(c) || c.runs("composer", "require"));
    }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        String wd = f.finalWorkdir();
        if (wd.equals("/")) return Result.no("the PHP app has no WORKDIR, so its files cannot be told apart from the system's");
        boolean extensions = f.any(PhpRecipe::extension);
        List<String> parts = new ArrayList<>();
        Recipe.Builder plan = Plan.of(stack(), "");
        if (extensions) {
            plan.artifact(EXTENSIONS, "the extensions docker-php-ext-install or pecl compiled");
            parts.add("the extensions are compiled in the builder with their -dev packages, and the runtime stage copies them ("
                    + EXTENSIONS + ") with the libraries they link");
            boolean alpine = mapping.runtime() != null && mapping.runtime().contains("alpine");
            LinkedLibraries.add(f, plan, List.of(EXTENSIONS), alpine, "The compiled PHP extensions", nl);
        }
        plan.artifact("/usr/local/etc", "PHP's configuration (php.ini, the extensions' conf.d files, php-fpm pools)");
        plan.artifact(wd, "the application folder" + (f.any(PhpRecipe::composerInstall) ? " with composer's vendor/" : ""));
        if (f.any(PhpRecipe::composerInstall)) {
            parts.add("composer and the packages only the install needs (git, unzip) stay in the builder; the runtime stage copies the"
                    + " app with its vendor/ folder");
            composerFlags(f, plan);
            plan.builderOnly("/usr/bin/composer").builderOnly("/usr/local/bin/composer");
        }
        apacheModules(f, plan, nl);
        return Result.of(plan.reason(String.join("; ", parts)).build());
    }

    /** {@code --no-dev} and {@code --optimize-autoloader} added to each {@code composer install} that lacks them. */
    private static void composerFlags(StageFacts f, Recipe.Builder plan) {
        if (!f.options.accepts(COMPOSER_NO_DEV)) return;
        List<LineRange> lines = new ArrayList<>();
        for (StageFacts.Found found : f.findAll(PhpRecipe::composerInstall)) {
            ShellCommand c = found.command();
            StringBuilder add = new StringBuilder();
            if (!c.hasFlag("--no-dev")) add.append(" --no-dev");
            if (!c.hasFlag("--optimize-autoloader", "-o", "--classmap-authoritative", "-a")) add.append(" --optimize-autoloader");
            Optional<Span> verb = c.argSpan(c.args().indexOf("install"));
            if (add.isEmpty() || verb.isEmpty()) continue;
            plan.insert(verb.get().end(), add.toString());
            lines.add(f.source.lines(found.run()));
        }
        if (lines.isEmpty()) return;
        plan.note(new Change(COMPOSER_NO_DEV, ChangeKind.LAYER_SIZE, "composer install without dev packages, with an optimized autoloader",
                "The image runs the app, not its tests: --no-dev leaves composer.json's require-dev packages out and"
                        + " --optimize-autoloader writes a class map, so classes load without searching the folders.", lines,
                "A smaller vendor/ folder and faster class loading; reject this change if the app uses a require-dev package at run time."));
        plan.warn("composer install runs with --no-dev: if the app uses a require-dev package at run time, reject " + COMPOSER_NO_DEV + ".");
    }

    /** Apache's a2enmod/a2ensite/a2enconf (and their dis- forms) run again: they change /etc/apache2 by links. */
    private static void apacheModules(StageFacts f, Recipe.Builder plan, String nl) {
        List<String> commands = f.findAll(c -> APACHE_TOOLS.contains(c.tool())).stream()
                .map(found -> found.command().shellText()).toList();
        if (commands.isEmpty()) return;
        plan.runtimePrelude("# Dockwright: Apache's configuration commands, run again (they only link files in /etc/apache2)" + nl
                + "RUN " + String.join(" && ", commands) + nl);
    }
}

package io.dockwright.optimize.recipes;

import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node: install and build in the builder, prune to production dependencies (unless the app loads a dev dependency),
 * copy the output with node_modules (and, in a workspace, each workspace's folder), and the packages
 * {@code npm install -g} put under the global prefix with their command links.
 */
public final class NodeRecipe implements Recipe {
    private static final Pattern OUTPUT_DIR = Pattern.compile("^(?:\\./)?(dist|build|out|lib|\\.next)/");
    private static final Pattern NODE_MAJOR = Pattern.compile("^node:(\\d+)");
    private static final Set<String> NPM_VALUES = Set.of("--prefix", "--registry", "--cache", "-w", "--workspace", "--tag");
    static final String STAGED = "/opt/dockwright/npm-global";

    @Override
    public String stack() { return "Node"; }

    static boolean localInstall(ShellCommand c) {
        if (c.is("npm")) return List.of("ci", "install", "i", "add").contains(c.verb()) && !global(c);
        if (c.is("yarn")) return (c.verb().isEmpty() || c.verb().equals("install")) && !c.args().contains("global");
        if (c.is("pnpm")) return List.of("install", "i").contains(c.verb());
        return false;
    }

    static boolean globalInstall(ShellCommand c) {
        return c.is("npm") && List.of("install", "i", "add").contains(c.verb()) && global(c);
    }

    private static boolean global(ShellCommand c) {
        return c.hasFlag("-g", "--global") || c.args().contains("--location=global");
    }

    /**
     * True when the stage installs the dev dependencies package.json lists (an install without {@code --omit=dev},
     * {@code --production} or {@code NODE_ENV=production}): weight a runtime stage can leave behind.
     */
    public static boolean installsDevDependencies(StageFacts f) {
        boolean listed = f.context.packageJson().map(p -> p.path("devDependencies").size() > 0).orElse(false);
        if (!listed || f.env("NODE_ENV").filter("production"::equals).isPresent()) return false;
        return f.any(c -> localInstall(c) && !omitsDev(c));
    }

    private static boolean omitsDev(ShellCommand c) {
        return c.hasFlag("--production", "--prod") || c.flagValue("--omit").filter("dev"::equals).isPresent()
                || c.flagValue("--only").filter(v -> v.startsWith("prod")).isPresent()
                || c.assignment("NODE_ENV").filter("production"::equals).isPresent();
    }

    @Override
    public boolean detects(StageFacts f) {
        return f.any(c -> localInstall(c) || globalInstall(c));
    }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        Optional<StageFacts.Found> install = f.find(NodeRecipe::localInstall);
        String wd = f.finalWorkdir();
        if (install.isPresent() && wd.equals("/")) {
            return Result.no("the Node app has no WORKDIR, so its files cannot be told apart from the system's");
        }
        Recipe.Builder plan = Plan.of(stack(), "");
        List<String> reasons = new ArrayList<>();
        if (install.isPresent()) localApp(f, install.get(), wd, plan, reasons, nl);
        else if (!wd.equals("/")) plan.artifact(wd, "the application folder");
        globalPackages(f, plan, reasons, nl);
        return Result.of(plan.reason(String.join("; ", reasons)).build());
    }

    private void localApp(StageFacts f, StageFacts.Found install, String wd, Recipe.Builder plan, List<String> reasons, String nl) {
        ProjectContext ctx = f.context;
        String manager = ctx.nodePackageManager().orElse(install.command().tool());
        if (!manager.equals(install.command().tool())) {
            plan.warn("The dependencies are installed with " + install.command().tool() + " but the context's lock file is " + manager
                    + "'s; the prune step uses " + manager + ".");
        }
        String prune = prune(manager, f.base);
        DevDependencyImports.Found devUse = DevDependencyImports.scan(ctx, "");
        Optional<String> build = buildScript(f);
        if (devUse.any()) {
            reasons.add("dependencies are installed with " + manager + (build.isPresent() ? " and the build script runs" : "")
                    + " in the builder; dev dependencies are not pruned because the app loads " + devUse.describe()
                    + ", which package.json lists only under devDependencies");
            plan.warn("Dev dependencies are kept: the app loads " + devUse.describe() + " at run time; move "
                    + (devUse.uses().size() == 1 ? "it" : "them") + " to \"dependencies\" in package.json to let the image drop the rest.");
        } else {
            plan.builderAppend("# Dockwright: keep production dependencies only; the runtime stage copies node_modules" + nl
                    + "RUN " + prune + nl);
            reasons.add("dependencies are installed with " + manager + (build.isPresent() ? " and the build script runs" : "")
                    + " in the builder; dev dependencies are pruned (" + prune + ") before the runtime stage copies the result"
                    + (devUse.truncated() ? " (the scan for dev dependencies the app loads read " + devUse.filesRead()
                    + " files and stopped at its limit)" : ""));
        }
        List<String> entry = f.entryWords();
        Matcher out = entry.size() >= 2 && entry.get(0).equals("node") ? OUTPUT_DIR.matcher(entry.get(1)) : null;
        if (build.isPresent() && out != null && out.find()) {
            plan.artifact(StageFacts.resolve(wd, "package.json"), "package.json (module type, name, version)")
                    .artifact(StageFacts.resolve(wd, "node_modules"), "production dependencies")
                    .artifact(StageFacts.resolve(wd, out.group(1)), "the build output the CMD runs");
            List<String> workspaces = workspaceFolders(ctx);
            for (String w : workspaces) plan.artifact(StageFacts.resolve(wd, w), "a workspace package (its package.json and node_modules)");
            if (!workspaces.isEmpty()) {
                reasons.add("the workspace root's hoisted node_modules and each workspace folder (" + String.join(", ", workspaces)
                        + ") are copied, so node_modules' links to the workspaces resolve");
            }
            plan.warn("Only package.json, node_modules" + (workspaces.isEmpty() ? "" : ", the workspace folders") + " and "
                    + out.group(1) + "/ are copied; if the app reads other files at run time, copy them too.");
        } else {
            plan.artifact(wd, "the application folder with production node_modules");
        }
    }

    /** The npm script the Dockerfile runs as its build step ({@code npm run build}, {@code yarn build}...). */
    private static Optional<String> buildScript(StageFacts f) {
        for (StageFacts.Found found : f.commands()) {
            ShellCommand c = found.command();
            if (!c.is("npm", "yarn", "pnpm")) continue;
            List<String> ops = c.operands(NPM_VALUES);
            String verb = c.verb();
            String script = (verb.equals("run") || verb.equals("run-script")) && !ops.isEmpty() ? ops.get(0)
                    : !c.is("npm") && !verb.isEmpty() && f.context.npmScript(verb).isPresent() ? verb : null;
            if (script == null) continue;
            if (f.context.npmScript(script).isPresent() || f.context.packageJson().isEmpty() && script.equals("build")) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }

    /** The workspace folders package.json names, relative to it ({@code packages/*} expanded in the context). */
    static List<String> workspaceFolders(ProjectContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : ctx.nodeWorkspaces()) {
            String p = pattern.replaceAll("^\\./", "").replaceAll("/+$", "");
            if (p.endsWith("/*") && !p.substring(0, p.length() - 2).contains("*")) {
                String parent = p.substring(0, p.length() - 2);
                for (String d : ctx.folders(parent)) {
                    if (ctx.exists(parent + "/" + d + "/package.json")) out.add(parent + "/" + d);
                }
            } else if (!p.contains("*") && ctx.exists(p + "/package.json")) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The packages {@code npm install -g} installed: gathered in the builder from npm's global prefix (whatever it is:
     * /usr/local in the official images) with their command links, and copied to /usr/local in the runtime stage,
     * where the official images keep them.
     */
    private void globalPackages(StageFacts f, Recipe.Builder plan, List<String> reasons, String nl) {
        List<String> names = new ArrayList<>();
        for (StageFacts.Found g : f.findAll(NodeRecipe::globalInstall)) {
            for (String spec : g.command().operands(NPM_VALUES)) {
                Optional<String> name = packageName(spec);
                if (name.isPresent()) names.add(name.get());
                else plan.warn("`npm install -g " + spec + "` installs from a path or URL; its global files are not carried to the runtime stage.");
            }
        }
        if (names.isEmpty()) return;
        String cases = String.join("|", names.stream().map(n -> "*/node_modules/" + n + "/*").toList());
        plan.builderAppend("# Dockwright: gather what `npm install -g` put under npm's global prefix (packages and command links)"
                + " for the runtime stage" + nl
                + "RUN p=\"$(npm prefix -g)\" && mkdir -p " + STAGED + "/lib/node_modules " + STAGED + "/bin \\" + nl
                + "    && for m in " + String.join(" ", names) + "; do mkdir -p \"" + STAGED + "/lib/node_modules/$(dirname \"$m\")\" \\" + nl
                + "         && cp -a \"$p/lib/node_modules/$m\" \"" + STAGED + "/lib/node_modules/$m\"; done \\" + nl
                + "    && for l in \"$p\"/bin/*; do case \"$(readlink \"$l\")\" in " + cases + ") cp -P \"$l\" " + STAGED + "/bin/ ;; esac; done" + nl);
        plan.artifactTo(STAGED + "/", "/usr/local/", "the global packages (" + String.join(", ", names) + ") and their command links");
        reasons.add("the global packages (" + String.join(", ", names) + ") are gathered from npm's global prefix with their command"
                + " links and copied to /usr/local/lib/node_modules and /usr/local/bin");
    }

    /** {@code typescript@5} -> typescript, {@code @nestjs/cli@10} -> @nestjs/cli; a path, URL or tarball gives empty. */
    static Optional<String> packageName(String spec) {
        if (spec.contains("://") || spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("git+")
                || spec.endsWith(".tgz") || spec.contains("$")) return Optional.empty();
        if (spec.startsWith("@")) {
            int slash = spec.indexOf('/');
            if (slash < 0) return Optional.empty();
            int at = spec.indexOf('@', slash);
            return Optional.of(at < 0 ? spec : spec.substring(0, at));
        }
        if (spec.contains("/")) return Optional.empty(); // user/repo on GitHub
        int at = spec.indexOf('@');
        return Optional.of(at < 0 ? spec : spec.substring(0, at));
    }

    private static String prune(String manager, String base) {
        return switch (manager) {
            case "pnpm" -> "pnpm prune --prod";
            case "yarn" -> "yarn install --production --ignore-scripts --prefer-offline";
            default -> oldNpm(base) ? "npm prune --production" : "npm prune --omit=dev";
        };
    }

    private static boolean oldNpm(String base) {
        Matcher m = NODE_MAJOR.matcher(base == null ? "" : base);
        return m.find() && Integer.parseInt(m.group(1)) < 16;
    }
}

package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.commands.UserAccount;
import java.util.Optional;

/**
 * Python: packages installed by pip go into a virtual environment (or the prefix or {@code --user} folder the file
 * chose, root's or the USER's home) that the runtime copies.
 */
public final class PythonRecipe implements Recipe {

    /** {@code pip install}, {@code pip3 install}, {@code python -m pip install}. */
    public static boolean pipInstall(ShellCommand c) {
        return c.runs("pip", "install");
    }

    static boolean setupPyInstall(ShellCommand c) {
        return c.tool().matches("python[0-9.]*") && c.args().size() >= 2 && c.args().get(0).endsWith("setup.py")
                && c.args().contains("install");
    }

    private static boolean installs(ShellCommand c) {
        return pipInstall(c) || setupPyInstall(c);
    }

    private static boolean otherManager(ShellCommand c) {
        return c.is("poetry", "pipenv", "uv", "conda", "mamba", "micromamba", "pdm")
                && !c.verb().isEmpty() && !c.verb().equals("--version");
    }

    @Override
    public String stack() { return "Python"; }

    @Override
    public boolean detects(StageFacts f) {
        return f.any(PythonRecipe::installs);
    }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        if (f.any(PythonRecipe::otherManager)) {
            return Result.no("the Python packages are installed with poetry, pipenv, uv or conda, which this recipe does not handle");
        }
        StageFacts.Found first = f.find(PythonRecipe::installs).orElseThrow();
        Optional<String> user = userBefore(f, first.run());
        Optional<StageFacts.Found> userInstall = f.find(c -> pipInstall(c) && c.hasFlag("--user"));
        Optional<String> prefix = f.findAll(PythonRecipe::pipInstall).stream()
                .map(p -> p.command().flagValue("--prefix", "--target", "-t", "--root")).flatMap(Optional::stream).findFirst();
        if (user.isPresent() && userInstall.isEmpty() && prefix.isEmpty()) {
            return Result.no("a non-root USER is set before pip runs, so it could not write to a virtual environment in /opt/venv");
        }
        String wd = f.finalWorkdir();
        if (wd.equals("/")) return Result.no("the Python app has no WORKDIR, so its files cannot be told apart from the system's");
        Recipe.Builder plan;
        if (userInstall.isPresent()) {
            Optional<String> base = userBase(f, user);
            if (base.isEmpty()) {
                return Result.no("pip installs with --user as " + user.orElse("root") + ", whose home directory the Dockerfile does not tell");
            }
            plan = Plan.of(stack(), "pip installs with --user into " + base.get() + ": the runtime stage copies that folder"
                    + (user.isPresent() ? " (owned by " + user.get() + ", as in the builder)" : ""))
                    .artifact(base.get(), "the packages pip installed with --user")
                    .runtimePrelude("ENV PATH=\"" + base.get() + "/bin:$PATH\"" + nl);
        } else if (prefix.isPresent()) {
            StageFacts.Found at = f.find(c -> pipInstall(c) && c.flagValue("--prefix", "--target", "-t", "--root").isPresent()).orElseThrow();
            String dir = StageFacts.resolve(at.command().cwd(), prefix.get());
            plan = Plan.of(stack(), "pip installs into " + dir + ": the runtime stage copies that folder to the same place")
                    .artifact(dir, "the packages pip installed into " + prefix.get())
                    .warn("Packages installed with --prefix/--target are copied to the same path; the original ENV (PYTHONPATH) is carried over.");
        } else {
            plan = Plan.of(stack(), "pip installs into a virtual environment (/opt/venv) created in the builder; the runtime stage"
                            + " copies it, so compilers, headers and pip's caches stay behind")
                    .builderPrelude("# Dockwright: install Python packages into a virtual environment the runtime stage copies" + nl
                            + "RUN python3 -m venv /opt/venv" + nl
                            + "ENV PATH=\"/opt/venv/bin:$PATH\"" + nl)
                    .runtimePrelude("ENV PATH=\"/opt/venv/bin:$PATH\"" + nl)
                    .artifact("/opt/venv", "the virtual environment with the installed packages");
        }
        plan.artifact(wd, "the application folder (sources and anything built in it)");
        if (f.entryWords().isEmpty()) plan.warn("The file has no CMD or ENTRYPOINT; the runtime stage inherits the base image's.");
        return Result.of(plan.build());
    }

    /** The non-root user set by a USER instruction before {@code run}, if any. */
    private static Optional<String> userBefore(StageFacts f, Instruction run) {
        String user = null;
        for (Instruction i : f.instructions.subList(0, f.instructions.indexOf(run))) {
            if (i.keyword() != Keyword.USER || i.args().isEmpty()) continue;
            String u = i.args().get(0).value().split(":")[0];
            user = u.equals("root") || u.equals("0") ? null : u;
        }
        return Optional.ofNullable(user);
    }

    /** Where {@code pip install --user} writes: PYTHONUSERBASE, else the user's home's .local. */
    private static Optional<String> userBase(StageFacts f, Optional<String> user) {
        Optional<String> base = f.env("PYTHONUSERBASE").filter(v -> v.startsWith("/") && !v.contains("$"));
        if (base.isPresent()) return base;
        if (user.isEmpty()) return Optional.of("/root/.local");
        Optional<String> home = f.env("HOME").filter(v -> v.startsWith("/") && !v.contains("$"));
        if (home.isPresent()) return home.map(h -> h + "/.local");
        return f.commands().stream().map(c -> UserAccount.of(c.command())).flatMap(Optional::stream)
                .filter(a -> a.name().equals(user.get()) && a.home() != null && a.createsHome())
                .map(a -> a.home() + "/.local").findFirst();
    }
}

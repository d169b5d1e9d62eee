package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python: packages installed by pip go into a virtual environment (or the prefix the file chose) that the runtime copies. */
public final class PythonRecipe implements Recipe {
    public static final String PIP = "(\\bpip[0-9.]*|-m\\s+pip)\\s+install\\b";
    private static final Pattern PREFIX = Pattern.compile("--(prefix|target|root)[= ]+(\\S+)|(?<![\\w-])-t\\s+(\\S+)");

    @Override
    public String stack() { return "Python"; }

    @Override
    public boolean detects(StageFacts f) {
        return f.run(PIP).isPresent() || f.run("\\bsetup\\.py\\s+install\\b").isPresent();
    }

    @Override
    public Result plan(StageFacts f, String nl) {
        if (f.run("\\b(poetry|pipenv|uv|conda)\\s").isPresent()) {
            return Result.no("the Python packages are installed with poetry, pipenv, uv or conda, which this recipe does not handle");
        }
        Instruction firstPip = f.run(PIP).orElseGet(() -> f.run("\\bsetup\\.py\\s+install\\b").orElseThrow());
        boolean userBefore = f.instructions.subList(0, f.instructions.indexOf(firstPip)).stream()
                .anyMatch(i -> i.keyword() == io.dockwright.dockerfile.Keyword.USER && !i.args().isEmpty()
                        && !i.args().get(0).value().matches("root|0(:0)?"));
        if (userBefore && f.run(PIP + ".*--(user|prefix|target)\\b").isEmpty()) {
            return Result.no("a non-root USER is set before pip runs, so it could not write to a virtual environment in /opt/venv");
        }
        List<Artifact> artifacts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String prelude = "";
        String runtimePrelude = "";
        String reason;
        Optional<Instruction> user = f.run(PIP + ".*--user\\b");
        Optional<String> prefix = f.runs().stream().map(Source::command).filter(c -> Pattern.compile(PIP).matcher(c).find())
                .map(PREFIX::matcher).filter(Matcher::find)
                .map(m -> m.group(2) != null ? m.group(2) : m.group(3)).findFirst();
        if (user.isPresent()) {
            String home = "/root/.local";
            artifacts.add(new Artifact(home, "the packages pip installed with --user"));
            runtimePrelude = "ENV PATH=\"" + home + "/bin:$PATH\"" + nl;
            reason = "pip installs with --user into " + home + ": the runtime stage copies that folder";
        } else if (prefix.isPresent()) {
            String dir = StageFacts.resolve(f.workdirAt(f.run(PIP).get()), prefix.get());
            artifacts.add(new Artifact(dir, "the packages pip installed into " + prefix.get()));
            reason = "pip installs into " + dir + ": the runtime stage copies that folder to the same place";
            warnings.add("Packages installed with --prefix/--target are copied to the same path; the original ENV (PYTHONPATH) is carried over.");
        } else {
            prelude = "# Dockwright: install Python packages into a virtual environment the runtime stage copies" + nl
                    + "RUN python3 -m venv /opt/venv" + nl
                    + "ENV PATH=\"/opt/venv/bin:$PATH\"" + nl;
            runtimePrelude = "ENV PATH=\"/opt/venv/bin:$PATH\"" + nl;
            artifacts.add(new Artifact("/opt/venv", "the virtual environment with the installed packages"));
            reason = "pip installs into a virtual environment (/opt/venv) created in the builder; the runtime stage copies it,"
                    + " so compilers, headers and pip's caches stay behind";
        }
        String wd = f.finalWorkdir();
        if (wd.equals("/")) return Result.no("the Python app has no WORKDIR, so its files cannot be told apart from the system's");
        artifacts.add(new Artifact(wd, "the application folder (sources and anything built in it)"));
        if (f.entryWords().isEmpty()) warnings.add("The file has no CMD or ENTRYPOINT; the runtime stage inherits the base image's.");
        return Result.of(new Plan(stack(), prelude, "", runtimePrelude, artifacts, null, reason, warnings));
    }
}

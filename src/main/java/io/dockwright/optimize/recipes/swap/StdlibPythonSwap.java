package io.dockwright.optimize.recipes.swap;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python app that installs nothing and imports only the standard library and its own modules, on a full image
 * (python:3): the slim variant runs it. Declined when the context is unknown or its scan was cut short, when the app
 * imports a module nothing installs, or uses what the slim image lacks: Tk (tkinter, turtle, idlelib), ctypes
 * (native libraries) or other programs (subprocess, os.system, os.popen, os.exec*, os.spawn*).
 */
public final class StdlibPythonSwap implements BaseSwap {
    private static final Set<String> FULL_IMAGE_MODULES = Set.of("tkinter", "turtle", "turtledemo", "idlelib", "ctypes", "subprocess");
    private static final Pattern RUNS_PROGRAMS = Pattern.compile("\\bos\\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)\\s*\\(");
    private static final Set<String> INSTALLERS = Set.of("pip", "poetry", "pipenv", "uv", "conda", "mamba", "micromamba", "pdm");

    @Override
    public String stack() { return "Python"; }

    @Override
    public Optional<Decision> decide(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        if (!"python".equals(mapping.stack()) || mapping.runtime() == null) return Optional.empty();
        List<String> entry = f.entryWords();
        if (entry.isEmpty() || !Paths.name(entry.get(0)).matches("python[0-9.]*")) return Optional.empty();
        if (f.any(c -> INSTALLERS.contains(c.tool()) || c.tool().matches("python[0-9.]*") && c.args().contains("setup.py"))) {
            return Optional.empty(); // installs packages: the Python recipe's split, or its reason
        }
        if (!f.context.present()) {
            return Optional.of(Decision.decline("the build context is unknown, so whether the app needs only Python's standard"
                    + " library cannot be told"));
        }
        PythonImports scan = PythonImports.scan(f.context);
        if (scan.truncated()) {
            return Optional.of(Decision.decline("the scan of the app's Python files stopped at its limit, so whether the app needs"
                    + " only Python's standard library cannot be told"));
        }
        Map<String, String> other = scan.thirdParty();
        if (!other.isEmpty()) {
            Map.Entry<String, String> first = other.entrySet().iterator().next();
            return Optional.of(Decision.decline("the app imports " + first.getKey() + " (" + first.getValue() + "), which is not in"
                    + " Python's standard library and which the Dockerfile does not install"));
        }
        Optional<Map.Entry<String, String>> full = scan.imports().entrySet().stream()
                .filter(e -> FULL_IMAGE_MODULES.contains(e.getKey())).findFirst();
        if (full.isPresent()) {
            return Optional.of(Decision.decline("the app imports " + full.get().getKey() + " (" + full.get().getValue() + "), which"
                    + " needs what the full image has and " + mapping.runtime() + " lacks (Tk, native libraries or other programs)"));
        }
        Optional<String> runner = programRunner(f);
        if (runner.isPresent()) {
            return Optional.of(Decision.decline("the app runs other programs (" + runner.get() + "), which " + mapping.runtime()
                    + " may lack"));
        }
        return Optional.of(Decision.swap("nothing is installed and the app's " + scan.imports().size() + " imported modules are"
                + " Python's standard library or its own files, so the slim image " + mapping.runtime() + " runs it", List.of()));
    }

    private static Optional<String> programRunner(StageFacts f) {
        for (var file : f.context.sources(Set.of(".py"), Set.of("venv", ".venv", "node_modules"), 2_000, 512 * 1024, 16L * 1024 * 1024).files()) {
            Matcher m = RUNS_PROGRAMS.matcher(file.text());
            if (m.find()) return Optional.of("os." + m.group(1) + " in " + file.path());
        }
        return Optional.empty();
    }
}

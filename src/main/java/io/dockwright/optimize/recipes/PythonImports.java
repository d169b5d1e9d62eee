package io.dockwright.optimize.recipes;

import io.dockwright.optimize.ProjectContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Python app's own sources import beyond the standard library (Python 3.11's {@code sys.stdlib_module_names},
 * {@code facts/python-stdlib-modules.txt}) and its own modules, and whether they start other programs or load native
 * libraries, which a slim image may lack. Tests and virtual environments are not read; the scan is bounded.
 */
public final class PythonImports {
    private static final Set<String> STDLIB = stdlib();
    private static final Set<String> SKIP = Set.of("venv", ".venv", "env", "node_modules", "__pycache__", "test", "tests",
            "site-packages", "build", "dist");
    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+([\\w.]+(?:[ \\t]*,[ \\t]*[\\w.]+)*)");
    private static final Pattern FROM = Pattern.compile("(?m)^[ \\t]*from[ \\t]+([\\w][\\w.]*)[ \\t]+import\\b");
    private static final Pattern EXTERNAL = Pattern.compile(
            "\\b(subprocess|ctypes|os\\.(?:system|popen|exec\\w*|spawn\\w*)|shutil\\.which|cffi)\\b");

    /** A module the app needs from outside (or a program it starts) and the first file that does. */
    public record Use(String what, String file) {}

    /**
     * @param thirdParty modules neither in the standard library nor the app's own
     * @param external   the first way the app starts programs or loads native code, or null
     * @param filesRead  how many {@code .py} files were read
     * @param truncated  the scan stopped at a limit
     */
    public record Found(List<Use> thirdParty, Use external, int filesRead, boolean truncated) {}

    private PythonImports() {}

    public static Found scan(ProjectContext ctx) {
        ProjectContext.Sources py = ctx.sources(Set.of(".py"), SKIP, 2000, 1_000_000, 32L * 1024 * 1024);
        Set<String> own = ownModules(py);
        Map<String, String> thirdParty = new LinkedHashMap<>();
        Use external = null;
        for (ProjectContext.SourceFile f : py.files()) {
            if (name(f.path()).startsWith("test_")) continue;
            for (String m : imports(f.text())) {
                if (!STDLIB.contains(m) && !own.contains(m)) thirdParty.putIfAbsent(m, f.path());
            }
            Matcher ext = EXTERNAL.matcher(f.text());
            if (external == null && ext.find()) external = new Use(ext.group(1), f.path());
        }
        List<Use> uses = thirdParty.entrySet().stream().map(e -> new Use(e.getKey(), e.getValue())).toList();
        return new Found(uses, external, py.files().size(), py.truncated());
    }

    /** The top-level names a file imports (relative imports are the app's own). */
    static Set<String> imports(String text) {
        Set<String> out = new HashSet<>();
        Matcher i = IMPORT.matcher(text);
        while (i.find()) for (String m : i.group(1).split(",")) out.add(top(m.strip()));
        Matcher f = FROM.matcher(text);
        while (f.find()) out.add(top(f.group(1)));
        return out;
    }

    /** Module names the app's files and folders provide ({@code util.py}, {@code pkg/__init__.py}, any folder). */
    private static Set<String> ownModules(ProjectContext.Sources py) {
        Set<String> own = new HashSet<>();
        for (ProjectContext.SourceFile f : py.files()) {
            String[] parts = f.path().split("/");
            for (int k = 0; k < parts.length - 1; k++) own.add(parts[k]);
            own.add(parts[parts.length - 1].replaceAll("\\.py$", ""));
        }
        return own;
    }

    private static String top(String module) {
        int dot = module.indexOf('.');
        return dot < 0 ? module : module.substring(0, dot);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Set<String> stdlib() {
        try (InputStream in = PythonImports.class.getResourceAsStream("/io/dockwright/optimize/facts/python-stdlib-modules.txt")) {
            if (in == null) throw new IllegalStateException("python-stdlib-modules.txt missing from the classpath");
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) names.add(line.strip());
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

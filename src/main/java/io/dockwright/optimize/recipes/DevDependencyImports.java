package io.dockwright.optimize.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockwright.optimize.ProjectContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages an app's own JavaScript/TypeScript sources load ({@code require('x')}, {@code import ... from 'x'},
 * {@code import('x')}, {@code export ... from 'x'}) that package.json lists only under devDependencies: pruning dev
 * dependencies would remove them. Tests, stories and tool configuration files are not the app and are not read; the
 * scan is bounded (file count and sizes) and skips node_modules, build output and hidden folders.
 */
public final class DevDependencyImports {
    static final int MAX_FILES = 3000;
    static final long MAX_FILE_BYTES = 512 * 1024;
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of(".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx");
    private static final Set<String> SKIP = Set.of("node_modules", "dist", "build", "out", "coverage", "test", "tests",
            "__tests__", "__mocks__", "spec", "e2e", "cypress", "stories", "fixtures", "vendor");
    private static final Pattern NOT_APP = Pattern.compile("(^|/)[^/]*\\.(test|spec|stories|story|config|conf)\\.[cm]?[jt]sx?$"
            + "|(^|/)(\\.?eslintrc|jest\\.setup|jest\\.config|babel\\.config|gulpfile|Gruntfile|webpack\\.[^/]*|rollup\\.[^/]*|vite\\.[^/]*)[^/]*$");
    private static final Pattern SPECIFIER = Pattern.compile(
            "\\brequire\\s*\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)"
            + "|\\bimport\\s*\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)"
            + "|\\b(?:import|export)\\s+(?:type\\s+)?(?:[\\w*${}\\s,]+\\s+from\\s+)?['\"]([^'\"]+)['\"]");

    /** A dev-only package the app loads and the first file that loads it. */
    public record Use(String pkg, String file) {}

    /** The result: the dev-only packages the app loads, and whether the scan stopped at a limit. */
    public record Found(List<Use> uses, int filesRead, boolean truncated) {
        public boolean any() { return !uses.isEmpty(); }

        /** "jest (src/a.js), lodash (lib/b.ts)". */
        public String describe() {
            return String.join(", ", uses.stream().map(u -> u.pkg() + " (" + u.file() + ")").toList());
        }
    }

    private DevDependencyImports() {}

    /** Scans the sources under {@code appFolder} (relative to the context, "" for its root). */
    public static Found scan(ProjectContext ctx, String appFolder) {
        Map<String, String> devOnly = devOnly(ctx);
        if (devOnly.isEmpty()) return new Found(List.of(), 0, false);
        ProjectContext.Sources sources = ctx.sources(EXTENSIONS, SKIP, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES);
        Map<String, String> used = new LinkedHashMap<>();
        for (ProjectContext.SourceFile f : sources.files()) {
            if (!appFolder.isEmpty() && !f.path().startsWith(appFolder + "/")) continue;
            if (NOT_APP.matcher(f.path()).find()) continue;
            for (String pkg : packages(f.text())) {
                if (devOnly.containsKey(pkg)) used.putIfAbsent(pkg, f.path());
            }
        }
        List<Use> uses = new ArrayList<>();
        used.forEach((p, file) -> uses.add(new Use(p, file)));
        return new Found(uses, sources.files().size(), sources.truncated());
    }

    /** The package names a source text loads (bare specifiers only: no relative paths, no node: built-ins). */
    static Set<String> packages(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = SPECIFIER.matcher(text);
        while (m.find()) {
            if (m.group().matches("(?s)(import|export)\\s+type\\b.*")) continue; // erased by the TypeScript compiler
            String spec = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (spec == null || spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("node:") || spec.contains(":")) continue;
            String[] parts = spec.split("/");
            out.add(spec.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0]);
        }
        return out;
    }

    private static Map<String, String> devOnly(ProjectContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        ctx.packageJson().ifPresent(p -> {
            JsonNode dev = p.path("devDependencies");
            JsonNode prod = p.path("dependencies");
            JsonNode peer = p.path("peerDependencies");
            JsonNode optional = p.path("optionalDependencies");
            dev.fieldNames().forEachRemaining(n -> {
                if (!prod.has(n) && !peer.has(n) && !optional.has(n)) out.put(n, dev.path(n).asText());
            });
        });
        return out;
    }
}

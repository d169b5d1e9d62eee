package io.dockwright.optimize.verification.files;

import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.TreeNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a path only in the original is what a multi-stage rewrite leaves in its build stage on purpose: every
 * file at or under it is a build input by name (sources of compiled languages, headers, objects, build and
 * Docker files), or its content (SHA-256) is in the rewrite at another path (installed, e.g. into a virtual
 * environment). Anything else the original's runtime reaches is a difference.
 */
final class BuildInputs {
    private static final Set<String> NAMES = Set.of("dockerfile", ".dockerignore", "makefile", "gnumakefile", "cmakelists.txt",
            "go.mod", "go.sum", "cargo.toml", "cargo.lock", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts", "gradlew", "setup.py", "setup.cfg", "pyproject.toml", "tsconfig.json", "readme.md");
    private static final Pattern EXTENSIONS = Pattern.compile(".*\\.(c|cc|cpp|cxx|h|hh|hpp|hxx|o|obj|a|go|rs|java|kt|scala|ts|tsx|cmake)$");
    private final Map<String, String> rewriteDigests = new HashMap<>();

    /** @param rewrite the rewrite's contents (read with digests) */
    BuildInputs(ImageContents rewrite) {
        rewrite.tree().walk(n -> {
            if (n.type().regular() && n.digest() != null && n.size() > 0) rewriteDigests.putIfAbsent(n.digest(), n.path());
        });
    }

    /** Why {@code node} (only in the original) may stay in the build stage, or "" when it may not. */
    String reason(TreeNode node) {
        boolean byName = true;
        String elsewhere = null;
        Deque<TreeNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            TreeNode n = todo.pop();
            n.children().forEach(todo::push);
            if (n.directory()) continue;
            boolean input = buildInput(n.name());
            String copy = n.digest() == null ? null : rewriteDigests.get(n.digest());
            if (!input && copy == null) return "";
            byName &= input;
            if (copy != null && elsewhere == null) elsewhere = copy;
        }
        if (byName) return "build inputs (sources, headers, objects, build files) the rewrite leaves in its build stage";
        return "build inputs or files whose content the rewrite has elsewhere (e.g. " + elsewhere + ")";
    }

    static boolean buildInput(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(n) || n.startsWith("dockerfile.") || n.endsWith(".dockerfile") || EXTENSIONS.matcher(n).matches();
    }
}

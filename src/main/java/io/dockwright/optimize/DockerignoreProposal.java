package io.dockwright.optimize;

import java.util.LinkedHashSet;
import java.util.Set;

/** A {@code .dockerignore} for a context that has none, with entries for the stacks it finds. */
final class DockerignoreProposal {
    private DockerignoreProposal() {}

    /** The proposed file, or null when the context has one already or is unknown. */
    static String propose(ProjectContext ctx, String dockerfileName) {
        if (!ctx.present() || ctx.has(".dockerignore")) return null;
        Set<String> lines = new LinkedHashSet<>();
        lines.add("# Proposed by Dockwright: files the image never needs stay out of the build context");
        lines.add(".git");
        lines.add(".gitignore");
        lines.add(".dockerignore");
        lines.add("**/.DS_Store");
        if (dockerfileName != null) lines.add(dockerfileName + "*");
        if (ctx.files().stream().anyMatch(f -> f.endsWith(".py")) || ctx.files().stream().anyMatch(f -> f.startsWith("requirements") || f.equals("req.txt"))) {
            lines.add("**/__pycache__");
            lines.add("**/*.pyc");
            lines.add(".venv");
            lines.add("venv");
            lines.add(".pytest_cache");
        }
        if (ctx.has("package.json")) {
            lines.add("node_modules");
            lines.add("npm-debug.log*");
        }
        if (ctx.has("pom.xml") || ctx.has("build.gradle") || ctx.has("build.gradle.kts")) {
            lines.add("target");
            lines.add("build");
            lines.add(".gradle");
        }
        if (ctx.has("Cargo.toml")) lines.add("target");
        if (ctx.has("Makefile") || ctx.has("CMakeLists.txt")) {
            lines.add("*.o");
            lines.add("build");
        }
        return String.join("\n", lines) + "\n";
    }
}

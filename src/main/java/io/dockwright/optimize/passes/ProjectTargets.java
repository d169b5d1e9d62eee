package io.dockwright.optimize.passes;

import io.dockwright.optimize.ProjectContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage names the project builds outside the Dockerfile: compose files ({@code build: target: dev}), bake files
 * ({@code target = "test"}), CI files (GitHub Actions' {@code target:}, {@code docker build --target T} in GitLab,
 * CircleCI, Azure, Bitbucket, Jenkins, Buildkite) and build scripts (Makefile, justfile, Taskfile, shell scripts).
 * Stage names are matched without case, as the engine does. Each name is given with the first file naming it.
 */
final class ProjectTargets {
    private static final Pattern TOP = Pattern.compile("(?i)(?:docker-)?compose[\\w.-]*\\.ya?ml|docker-bake[\\w.-]*\\.(?:hcl|json)"
            + "|\\.gitlab-ci\\.yml|jenkinsfile[\\w.-]*|azure-pipelines\\.ya?ml|bitbucket-pipelines\\.ya?ml|cloudbuild\\.ya?ml"
            + "|skaffold\\.ya?ml|(?:gnu)?makefile|justfile|taskfile\\.ya?ml|[\\w.-]+\\.sh");
    private static final List<String> FOLDERS = List.of(".github/workflows", ".circleci", ".buildkite", ".gitlab", "scripts", "ci", ".ci");
    private static final Pattern TARGET = Pattern.compile("(?i)(?:\\btarget[\"']?\\s*[:=]\\s*[\"']?|--target(?:=|\\s+)[\"']?)([A-Za-z0-9][\\w.-]*)");

    private ProjectTargets() {}

    /** Stage name (lower case) to the file that builds it. */
    static Map<String, String> of(ProjectContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!ctx.present()) return out;
        for (String name : ctx.files()) if (TOP.matcher(name).matches()) scan(ctx, name, out);
        for (String folder : FOLDERS) {
            for (String name : ctx.filesIn(folder)) {
                if (name.matches("(?i).+\\.(ya?ml|sh|hcl|json)|(?i)jenkinsfile.*")) scan(ctx, folder + "/" + name, out);
            }
        }
        return out;
    }

    private static void scan(ProjectContext ctx, String path, Map<String, String> out) {
        Optional<String> text = ctx.readPath(path);
        if (text.isEmpty()) return;
        Matcher m = TARGET.matcher(text.get());
        while (m.find()) out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), path);
    }
}

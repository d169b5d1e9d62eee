package io.dockwright.optimize.passes;

import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a dependency install reads from the context: pip's requirement files (with the files they include by
 * {@code -r}/{@code -c}) and pip.conf, package.json with its lock file and .npmrc/.yarnrc/.yarnrc.yml (and the yarn
 * release that names), go.mod and go.sum. Empty when the command is no install or reads more than manifests.
 */
final class InstallManifests {
    private static final Set<String> PIP_VALUES = Set.of("-i", "--index-url", "--extra-index-url", "--trusted-host",
            "--platform", "--python-version", "--implementation", "--abi", "--progress-bar", "--log", "--timeout",
            "--retries", "--cert", "--client-cert", "--proxy", "--src", "--upgrade-strategy", "--root-user-action",
            "--prefix", "--root", "-t", "--target", "--cache-dir");
    private static final Pattern INCLUDE = Pattern.compile("^\\s*(?:-r|--requirement|-c|--constraint)(?:\\s+|=)(\\S+)");
    private static final Pattern YARN_PATH = Pattern.compile("(?m)^\\s*yarnPath:\\s*[\"']?([^\\s\"']+)");

    private InstallManifests() {}

    static Optional<List<String>> of(ShellCommand c, ProjectContext ctx) {
        if (c.runs("pip", "install")) return pip(c, ctx);
        if (c.runs("npm", "ci", "install", "i") || c.is("yarn") && (c.verb().isEmpty() || c.verb().equals("install"))
                || c.runs("pnpm", "install", "i")) {
            return node(c, ctx);
        }
        if (c.runs("go", "mod")) return goModules(c, ctx);
        return Optional.empty();
    }

    /** {@code pip install [-r F]... [names]}: the requirement files and what they include; no local paths. */
    private static Optional<List<String>> pip(ShellCommand c, ProjectContext ctx) {
        List<String> a = c.args();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) {
            String s = a.get(i);
            Optional<String> file = s.equals("-r") || s.equals("--requirement") || s.equals("-c") || s.equals("--constraint")
                    ? (i + 1 < a.size() ? Optional.of(a.get(++i)) : Optional.empty())
                    : s.startsWith("--requirement=") || s.startsWith("--constraint=") ? Optional.of(s.substring(s.indexOf('=') + 1))
                    : s.startsWith("-r") && s.length() > 2 ? Optional.of(s.substring(2)) : Optional.empty();
            if (file.isPresent()) {
                if (!requirements(file.get(), ctx, files)) return Optional.empty();
                continue;
            }
            if (s.startsWith("-")) {
                if (s.equals("-e") || s.equals("--editable") || s.startsWith("-f") || s.startsWith("--find-links")) return Optional.empty();
                if (PIP_VALUES.contains(s)) i++;
                continue;
            }
            if (local(s)) return Optional.empty();
        }
        if (files.isEmpty()) return Optional.empty();
        if (ctx.has("pip.conf")) files.add("pip.conf");
        return Optional.of(files);
    }

    /** Adds a requirement file and the files it includes; false when one is missing, outside the context or local. */
    private static boolean requirements(String file, ProjectContext ctx, List<String> files) {
        String f = file.replaceAll("^\\./", "");
        if (f.contains("$") || f.startsWith("/") || f.contains("..") || !ctx.exists(f)) return false;
        if (files.contains(f)) return true;
        files.add(f);
        String folder = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "";
        for (String line : ctx.readPath(f).orElse("").lines().toList()) {
            String t = line.trim();
            Matcher inc = INCLUDE.matcher(t);
            if (inc.find()) {
                if (!requirements(folder + inc.group(1), ctx, files)) return false;
            } else if (t.startsWith("-e") || t.startsWith("--editable") || t.startsWith(".") || t.startsWith("/")
                    || t.startsWith("-f") || t.startsWith("--find-links") || t.startsWith("file:")) {
                return false; // needs the sources or local archives
            }
        }
        return true;
    }

    /** A path to sources or an archive ({@code .}, {@code ./pkg}, {@code dist/x.whl}) rather than a package name. */
    private static boolean local(String arg) {
        return arg.startsWith(".") || arg.startsWith("/") || arg.endsWith(".whl") || arg.endsWith(".tar.gz") || arg.endsWith(".zip")
                || arg.contains("/") && !arg.contains("://") && !arg.contains("@");
    }

    /** package.json, its lock file and the package manager's configuration files; no lifecycle scripts, no workspaces. */
    private static Optional<List<String>> node(ShellCommand c, ProjectContext ctx) {
        if (!ctx.has("package.json")) return Optional.empty();
        boolean scripts = ctx.packageJson().map(p -> p.path("scripts").has("postinstall") || p.path("scripts").has("prepare")
                || p.path("scripts").has("preinstall") || p.path("scripts").has("install")).orElse(true);
        if (scripts || !ctx.nodeWorkspaces().isEmpty() || ctx.has("pnpm-workspace.yaml")) return Optional.empty();
        List<String> files = new ArrayList<>(List.of("package.json"));
        ctx.nodeLockFile().ifPresent(files::add);
        for (String config : List.of(".npmrc", ".yarnrc", ".yarnrc.yml", ".pnpmfile.cjs")) if (ctx.has(config)) files.add(config);
        if (ctx.has(".yarnrc.yml")) {
            Matcher m = YARN_PATH.matcher(ctx.read(".yarnrc.yml").orElse(""));
            if (m.find()) {
                String release = m.group(1).replaceAll("^\\./", "");
                if (release.contains("..") || release.startsWith("/") || !ctx.exists(release)) return Optional.empty();
                files.add(release);
            }
        }
        return Optional.of(files);
    }

    private static Optional<List<String>> goModules(ShellCommand c, ProjectContext ctx) {
        List<String> sub = c.operands(Set.of());
        if (sub.size() != 1 || !List.of("download", "verify").contains(sub.get(0)) || !ctx.has("go.mod")) return Optional.empty();
        List<String> files = new ArrayList<>(List.of("go.mod"));
        if (ctx.has("go.sum")) files.add("go.sum");
        return Optional.of(files);
    }
}

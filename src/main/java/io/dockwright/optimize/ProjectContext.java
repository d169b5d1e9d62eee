package io.dockwright.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the optimizer learns from the build context folder (top level only): manifests, lock files,
 * module and package names. A missing or unreadable folder gives an empty context, never an error.
 */
public final class ProjectContext {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectContext.class);
    private static final Pattern GO_MODULE = Pattern.compile("(?m)^module\\s+(\\S+)");
    private static final Pattern CARGO_NAME = Pattern.compile("(?s)\\[package].*?\\bname\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CARGO_BIN = Pattern.compile("(?s)\\[\\[bin]].*?\\bname\\s*=\\s*\"([^\"]+)\"");

    private final Path dir;
    private final Set<String> files;

    private ProjectContext(Path dir, Set<String> files) {
        this.dir = dir;
        this.files = files;
    }

    public static ProjectContext empty() { return new ProjectContext(null, Set.of()); }

    /** Lists the folder's top level; {@code null} or unreadable gives {@link #empty()}. */
    public static ProjectContext scan(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return empty();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot list the build context {}; the optimizer sees no project files", dir, e);
            return empty();
        }
        return new ProjectContext(dir, names);
    }

    public boolean present() { return dir != null; }

    public boolean has(String name) { return files.contains(name); }

    public Set<String> files() { return files; }

    /** A small text file of the context, if readable (at most 1 MB). */
    public Optional<String> read(String name) {
        if (dir == null || !has(name)) return Optional.empty();
        try {
            Path p = dir.resolve(name);
            if (Files.size(p) > 1_000_000) return Optional.empty();
            return Optional.of(Files.readString(p));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {} of the build context {}", name, dir, e);
            return Optional.empty();
        }
    }

    /** package.json as a tree, if present and valid. */
    public Optional<JsonNode> packageJson() {
        return read("package.json").flatMap(text -> {
            try {
                return Optional.ofNullable(new ObjectMapper().readTree(text));
            } catch (IOException e) {
                LOG.info("package.json in {} is not valid JSON ({}); the optimizer ignores it", dir, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The npm script named {@code name}, if package.json has one. */
    public Optional<String> npmScript(String name) {
        return packageJson().map(p -> p.path("scripts").path(name)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** The Node package manager the lock files point to: npm, yarn or pnpm (npm when none). */
    public String nodePackageManager() {
        if (has("pnpm-lock.yaml")) return "pnpm";
        if (has("yarn.lock")) return "yarn";
        return "npm";
    }

    /** The lock file to copy with package.json, if any. */
    public Optional<String> nodeLockFile() {
        return Stream.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml")
                .filter(this::has).findFirst();
    }

    /** The last element of go.mod's module path: the default name of a built Go binary. */
    public Optional<String> goBinaryName() {
        return read("go.mod").map(GO_MODULE::matcher).filter(Matcher::find)
                .map(m -> m.group(1).substring(m.group(1).lastIndexOf('/') + 1));
    }

    /** The binary cargo builds: the first {@code [[bin]]} name, else the package name. */
    public Optional<String> cargoBinaryName() {
        return read("Cargo.toml").flatMap(toml -> {
            Matcher bin = CARGO_BIN.matcher(toml);
            if (bin.find()) return Optional.of(bin.group(1));
            Matcher pkg = CARGO_NAME.matcher(toml);
            return pkg.find() ? Optional.of(pkg.group(1)) : Optional.empty();
        });
    }
}

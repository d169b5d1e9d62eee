package io.dockwright.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the optimizer learns from the build context folder: manifests, lock files, module and package names at the
 * top level, files at given paths, and (bounded) the source files of a language. A missing or unreadable folder
 * gives an empty context, never an error.
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

    /** A text file at a path relative to the context (any depth, never outside it), at most 1 MB. */
    public Optional<String> readPath(String relative) {
        return inside(relative).filter(Files::isRegularFile).flatMap(p -> {
            try {
                return Files.size(p) > 1_000_000 ? Optional.empty() : Optional.of(Files.readString(p));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** True when a file or folder exists at a path relative to the context. */
    public boolean exists(String relative) {
        return inside(relative).filter(Files::exists).isPresent();
    }

    /** The names of the sub-folders of a folder of the context (sorted; empty when there is none). */
    public List<String> folders(String relative) {
        Optional<Path> dirPath = inside(relative).filter(Files::isDirectory);
        if (dirPath.isEmpty()) return List.of();
        try (Stream<Path> list = Files.list(dirPath.get())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The names of the regular files in a folder of the context (sorted; empty when there is none). */
    public List<String> filesIn(String relative) {
        Optional<Path> dirPath = inside(relative).filter(Files::isDirectory);
        if (dirPath.isEmpty()) return List.of();
        try (Stream<Path> list = Files.list(dirPath.get())) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private Optional<Path> inside(String relative) {
        if (dir == null || relative == null || relative.isBlank()) return Optional.empty();
        try {
            Path p = dir.resolve(relative).normalize();
            return p.startsWith(dir.normalize()) ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Source files read from the context, and whether a limit cut the scan short. */
    public record Sources(List<SourceFile> files, boolean truncated) {}

    /** One source file: its path relative to the context ({@code /}-separated) and its text. */
    public record SourceFile(String path, String text) {}

    /**
     * The files whose names end with one of {@code extensions}, skipping folders named in {@code skipFolders}
     * (and hidden ones), at most {@code maxFiles} files of at most {@code maxFileBytes} each and {@code maxTotalBytes}
     * in all: a scan of a large context stops early (then {@link Sources#truncated()}) instead of reading it all.
     */
    public Sources sources(Set<String> extensions, Set<String> skipFolders, int maxFiles, long maxFileBytes, long maxTotalBytes) {
        if (dir == null) return new Sources(List.of(), false);
        List<SourceFile> out = new ArrayList<>();
        long[] total = {0};
        boolean[] cut = {false};
        try {
            Files.walkFileTree(dir, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 32, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    boolean skip = !d.equals(dir) && (skipFolders.contains(name) || name.startsWith("."));
                    return skip ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    String name = f.getFileName().toString();
                    if (!a.isRegularFile() || extensions.stream().noneMatch(name::endsWith)) return java.nio.file.FileVisitResult.CONTINUE;
                    if (out.size() >= maxFiles || total[0] + a.size() > maxTotalBytes) {
                        cut[0] = true;
                        return java.nio.file.FileVisitResult.TERMINATE;
                    }
                    if (a.size() > maxFileBytes) {
                        cut[0] = true;
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    try {
                        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                        out.add(new SourceFile(dir.relativize(f).toString().replace('\\', '/'), text));
                        total[0] += a.size();
                    } catch (IOException | RuntimeException e) {
                        cut[0] = true;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            cut[0] = true;
        }
        return new Sources(List.copyOf(out), cut[0]);
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

    /** The Node package manager a lock file names (pnpm-lock.yaml, yarn.lock, package-lock.json), if there is one. */
    public Optional<String> nodePackageManager() {
        if (has("pnpm-lock.yaml")) return Optional.of("pnpm");
        if (has("yarn.lock")) return Optional.of("yarn");
        if (has("package-lock.json") || has("npm-shrinkwrap.json")) return Optional.of("npm");
        return Optional.empty();
    }

    /** The workspace patterns of package.json ({@code "workspaces": [...]} or {@code {"packages": [...]}}). */
    public List<String> nodeWorkspaces() {
        return packageJson().map(p -> {
            JsonNode w = p.path("workspaces");
            JsonNode list = w.isArray() ? w : w.path("packages");
            List<String> out = new ArrayList<>();
            list.forEach(n -> { if (n.isTextual()) out.add(n.asText()); });
            return out;
        }).orElse(List.of());
    }

    /** The lock file to copy with package.json, if any. */
    public Optional<String> nodeLockFile() {
        return Stream.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml")
                .filter(this::has).findFirst();
    }

    /** The last element of go.mod's module path (before a {@code /vN} suffix): the default name of a built Go binary. */
    public Optional<String> goBinaryName() {
        return read("go.mod").map(GO_MODULE::matcher).filter(Matcher::find).map(m -> {
            String[] parts = m.group(1).split("/");
            String last = parts[parts.length - 1];
            return last.matches("v\\d+") && parts.length > 1 ? parts[parts.length - 2] : last;
        });
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

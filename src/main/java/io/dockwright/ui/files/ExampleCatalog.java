package io.dockwright.ui.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example projects shipped on the classpath under {@code examples/} (from {@code assets/examples}),
 * read the same way from the jar and from {@code target/classes}. Opening one copies it into a folder
 * the user can edit and build ({@code ~/.dockwright/examples/NAME}); files already there are kept.
 */
public final class ExampleCatalog {
    /** One example project: its folder name and its files relative to that folder. */
    public record Example(String name, List<String> files) {
        /** The Dockerfiles of the project, the plain {@code Dockerfile} first. */
        public List<String> dockerfiles() {
            return files.stream().filter(f -> f.startsWith("Dockerfile") || f.endsWith(".dockerfile"))
                    .sorted((a, b) -> a.equals("Dockerfile") ? -1 : b.equals("Dockerfile") ? 1 : a.compareTo(b))
                    .toList();
        }
    }

    private static final String MARKER = "examples/README.md";
    private final ClassLoader loader;
    private final Path extractDir;

    public ExampleCatalog(ClassLoader loader, Path extractDir) {
        this.loader = loader;
        this.extractDir = extractDir;
    }

    /** The examples, by name; empty when none are on the classpath. */
    public List<Example> list() throws IOException {
        return withRoot(root -> {
            List<Example> out = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> files = Files.walk(d)) {
                        List<String> rel = files.filter(Files::isRegularFile)
                                .map(f -> d.relativize(f).toString().replace('\\', '/')).sorted().toList();
                        out.add(new Example(d.getFileName().toString().replace("/", ""), rel));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** Copies the example's missing files into the extract folder and returns the project folder. */
    public Path extract(Example example) throws IOException {
        Path target = extractDir.resolve(example.name());
        return withRoot(root -> {
            Path source = root.resolve(example.name());
            for (String rel : example.files()) {
                Path to = target.resolve(rel);
                if (Files.exists(to)) continue;
                Files.createDirectories(to.getParent());
                Files.copy(source.resolve(rel), to);
            }
            return target;
        }, target);
    }

    private interface RootAction<T> {
        T apply(Path root) throws IOException;
    }

    private <T> T withRoot(RootAction<T> action, T none) throws IOException {
        URL marker = loader.getResource(MARKER);
        if (marker == null) return none;
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad example location " + marker, e);
        }
        if (!"jar".equals(uri.getScheme())) return action.apply(Path.of(uri).getParent());
        FileSystem fs;
        boolean own = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            own = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            return action.apply(fs.getPath("/examples"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (own) fs.close();
        }
    }
}

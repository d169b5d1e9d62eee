package io.dockwright.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The example projects shipped on the classpath under {@code examples/} (from {@code assets/examples}),
 * read the same way from the jar and from {@code target/classes}. Opening one copies it into a folder
 * the user can edit and build ({@code ~/.dockwright/examples/NAME}); files already there are kept.
 * Listing reads the jar's entry names (the class loader has the jar open already), not a zip file system,
 * which would index the whole 40 MB application jar again at every start.
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

    private static final String ROOT = "examples/";
    private static final String MARKER = ROOT + "README.md";
    private final ClassLoader loader;
    private final Path extractDir;

    public ExampleCatalog(ClassLoader loader, Path extractDir) {
        this.loader = loader;
        this.extractDir = extractDir;
    }

    /** The examples, by name; empty when none are on the classpath. */
    public List<Example> list() throws IOException {
        URL marker = loader.getResource(MARKER);
        if (marker == null) return List.of();
        Map<String, List<String>> byProject = new TreeMap<>();
        for (String rel : "jar".equals(marker.getProtocol()) ? jarEntries(marker) : folderEntries(marker)) {
            int slash = rel.indexOf('/');
            if (slash > 0) byProject.computeIfAbsent(rel.substring(0, slash), k -> new ArrayList<>()).add(rel.substring(slash + 1));
        }
        List<Example> out = new ArrayList<>();
        byProject.forEach((name, files) -> out.add(new Example(name, files.stream().sorted().toList())));
        return out;
    }

    /** Copies the example's missing files into the extract folder and returns the project folder. */
    public Path extract(Example example) throws IOException {
        Path target = extractDir.resolve(example.name());
        for (String rel : example.files()) {
            Path to = target.resolve(rel).normalize();
            if (!to.startsWith(target)) throw new IOException("example file outside its folder: " + rel);
            if (Files.exists(to)) continue;
            String resource = ROOT + example.name() + "/" + rel;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("missing example file " + resource);
                Files.createDirectories(to.getParent());
                Files.copy(in, to);
            }
        }
        return target;
    }

    /** Files under examples/ in the jar, relative to it. */
    private static List<String> jarEntries(URL marker) throws IOException {
        URLConnection connection = marker.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(ROOT) && !n.endsWith("/"))
                    .map(n -> n.substring(ROOT.length())).toList();
        }
    }

    /** Files under the examples folder (a classes directory), relative to it. */
    private static List<String> folderEntries(URL marker) throws IOException {
        Path root;
        try {
            root = Path.of(marker.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("bad example location " + marker, e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        }
    }
}

package io.dockwright.optimize.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The example projects and the catalogue of shapes they cover ({@code shapes.json}). */
public final class ExampleProjects {
    public static final Path ROOT = Path.of("src", "test", "resources", "projects").toAbsolutePath();

    private ExampleProjects() {}

    /** Every folder with a manifest, by name. */
    public static List<ExampleProject> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(ExampleProject.MANIFEST))).sorted()
                    .map(ExampleProject::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shape tag and whether the issues require a project for it; {@code staticOnly} when its bases have no
     * stand-in here (Alpine, maven:*-openjdk-*), so a project with missingBases covers it.
     */
    public record Shape(String tag, int issue, boolean required, boolean staticOnly, String meaning) { }

    public static Map<String, Shape> shapes() {
        try {
            JsonNode root = new ObjectMapper().readTree(ROOT.resolve("shapes.json").toFile()).path("shapes");
            Map<String, Shape> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> out.put(e.getKey(), new Shape(e.getKey(), e.getValue().path("issue").asInt(),
                    e.getValue().path("required").asBoolean(), e.getValue().path("staticOnly").asBoolean(),
                    e.getValue().path("meaning").asText())));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

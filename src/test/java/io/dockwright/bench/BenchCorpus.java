package io.dockwright.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's inputs, written to {@code target/bench/} so that the dockerfile-ast comparison
 * (bench/dockerfile-ast/bench.js) reads exactly the same files. Sets: the BuildKit conformance corpus
 * (from ../shared when present, else the bundled examples), and generated files of 1,000 and 10,000 lines.
 */
public final class BenchCorpus {
    public static final Path OUT = Path.of("target", "bench");
    public static final Path CONFORMANCE = Path.of("..", "shared", "conformance", "buildkit-parser");

    private BenchCorpus() {}

    /** Set name to file paths; creates the generated files. */
    public static Map<String, List<Path>> sets() {
        try {
            Files.createDirectories(OUT);
            Map<String, List<Path>> sets = new LinkedHashMap<>();
            sets.put("corpus", corpusFiles());
            for (int lines : new int[] {1_000, 10_000}) {
                Path p = OUT.resolve("generated-" + lines + ".Dockerfile");
                Files.writeString(p, SyntheticDockerfile.generate(lines), StandardCharsets.UTF_8);
                sets.put("lines" + lines, List.of(p));
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        Path root = Files.isDirectory(CONFORMANCE) ? CONFORMANCE : Path.of("assets", "examples");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.getFileName().toString().startsWith("Dockerfile"))
                .filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    /** Writes the sets as JSON for bench.js and prints the path. */
    public static void main(String[] args) throws IOException {
        StringBuilder json = new StringBuilder("{");
        sets().forEach((name, files) -> {
            if (json.length() > 1) json.append(',');
            json.append('"').append(name).append("\":[");
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) json.append(',');
                json.append('"').append(files.get(i).toAbsolutePath().normalize().toString()
                        .replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            json.append(']');
        });
        Path out = OUT.resolve("sets.json");
        Files.writeString(out, json.append('}').toString());
        System.out.println(out);
    }
}

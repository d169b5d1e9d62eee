package io.dockwright.stages;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stage graph never throws: every BuildKit parser test input (read in place from
 * {@code ../shared/conformance/buildkit-parser}) and 1,500 random mutations of them, mixed with
 * multi-stage snippets, go through the builder and all three renderings.
 */
class StageGraphRobustnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = Path.of("..", "shared", "conformance", "buildkit-parser");
    private static final String[] INSERTS = {
        "\nFROM ", " AS ", "--from=", "--from=0 ", "--from=9 ", "--mount=from=", ",from=", "$", "${", "}", "${X:?}",
        "\"", "'", "\\", "\\\n", "\nARG X=", "\nCOPY --from=a b c\n", "\nRUN --mount=type=bind,from=b x\n", "<<EOF\n", "\n"
    };

    private static List<String> corpus() throws IOException {
        Requirements.require(Files.isDirectory(CORPUS),
                "BuildKit parser corpus not found at " + CORPUS.toAbsolutePath() + " (../shared is absent); skipped");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("Dockerfile")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        texts.add(StageGraphBuilderTest.SEED);
        texts.add(StageGraphBuilderTest.MIXED);
        return texts;
    }

    private static void check(String text, GraphOptions options) {
        Dockerfile df = DockerfileParser.parse(text);
        StageGraph g = assertDoesNotThrow(() -> StageGraphBuilder.build(df, options), () -> "input:\n" + text);
        assertDoesNotThrow(() -> JSON.readTree(GraphJson.render(g, df)));
        assertDoesNotThrow(() -> GraphDot.render(g));
        assertDoesNotThrow(() -> GraphMermaid.render(g));
        for (Edge e : g.edges()) {
            assertTrue(e.to() >= 0 && e.to() < g.stages().size());
            assertTrue(e.isExternal() != (e.fromStage() != null));
        }
        for (Stage s : g.stages()) {
            assertTrue(s.line() <= s.endLine(), "line range of " + s);
            assertEquals(s.needed(), g.target() >= 0 && neededFromEdges(g).contains(s.index()));
        }
    }

    /** What the target needs, recomputed independently (fixpoint over the edge list). */
    private static List<Integer> neededFromEdges(StageGraph g) {
        List<Integer> needed = new ArrayList<>(List.of(g.target()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Edge e : g.edges()) {
                if (!e.isExternal() && needed.contains(e.to()) && !needed.contains(e.fromStage())) {
                    needed.add(e.fromStage());
                    grew = true;
                }
            }
        }
        return needed;
    }

    @Test
    void corpusAndMutationsNeverThrow() throws IOException {
        List<String> texts = corpus();
        Random random = new Random(20261128);
        GraphOptions options = new GraphOptions("a", Map.of("X", "b"));
        for (String text : texts) {
            check(text, GraphOptions.DEFAULT);
            check(text, options);
        }
        for (int i = 0; i < 1500; i++) {
            StringBuilder s = new StringBuilder(texts.get(random.nextInt(texts.size())));
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                    case 1 -> s.setLength(at);
                    default -> { if (at < s.length()) s.setCharAt(at, (char) random.nextInt(128)); }
                }
            }
            check(s.toString(), i % 2 == 0 ? GraphOptions.DEFAULT : options);
        }
    }
}

package io.dockwright.optimize;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Dockerfile of BuildKit's parser test data (read in place from ../shared): the optimizer never throws,
 * a changed file still parses with a sound stage graph, every instruction is accounted for, and a second run is stable.
 */
class OptimizerCorpusTest {
    private static final Path ROOT = Path.of("../shared/conformance/buildkit-parser");

    @Test
    void realWorldDockerfilesStaySoundAndAccounted() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String kind : List.of("testfiles", "testfiles-negative")) {
            Path dir = ROOT.resolve(kind);
            Requirements.require(Files.isDirectory(dir), "BuildKit corpus not found at " + dir.toAbsolutePath() + ": skipped");
            try (Stream<Path> list = Files.list(dir)) {
                list.map(d -> d.resolve("Dockerfile")).filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        Optimizer optimizer = new Optimizer();
        int changed = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            OptimizationResult r = assertDoesNotThrow(() -> optimizer.optimize(text, null, null, OptimizerOptions.defaults()), f.toString());
            if (!r.changed()) {
                assertNotNull(r.unchangedReason(), f.toString());
                continue;
            }
            changed++;
            Dockerfile out = DockerfileParser.parse(r.text());
            assertFalse(out.hasErrors(), () -> f + " output does not parse: " + out.diagnostics() + "\n" + r.text());
            assertFalse(StageGraphBuilder.build(out, GraphOptions.DEFAULT).hasErrors(), () -> f + "\n" + r.text());
            assertEquals(DockerfileParser.parse(text).instructions().size(), r.accounting().size(), f.toString());
            assertTrue(r.accounting().stream().noneMatch(a -> a.fate().equals("unaccounted")), () -> f + " " + r.accounting());
            assertEquals(r.text(), optimizer.optimize(r.text(), null, null, OptimizerOptions.defaults()).text(), () -> f + " not stable");
        }
        assertTrue(changed > 0, "some corpus files are improvable");
    }
}

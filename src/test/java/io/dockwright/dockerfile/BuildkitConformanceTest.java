package io.dockwright.dockerfile;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser cases (read in place from ../shared): positive cases must dump exactly as BuildKit's
 * {@code AST.Dump()}, negative ones must be rejected.
 */
class BuildkitConformanceTest {
    static final Path ROOT = Path.of("../shared/conformance/buildkit-parser");

    @TestFactory
    Stream<DynamicTest> positiveCases() throws IOException {
        return cases("testfiles").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            byte[] input = Files.readAllBytes(dir.resolve("Dockerfile"));
            byte[] expected = Files.readAllBytes(dir.resolve("result"));
            Dockerfile file = DockerfileParser.parse(input);
            assertFalse(DockerfileParser.rejectedByBuildkit(file), () -> "unexpected errors: " + file.diagnostics());
            byte[] actual = (BuildkitDump.dump(file) + "\n").getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, actual, () -> "dump differs:\n" + new String(actual, StandardCharsets.UTF_8));
            assertArrayEquals(input, file.encode());
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCases() throws IOException {
        return cases("testfiles-negative").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            byte[] input = Files.readAllBytes(dir.resolve("Dockerfile"));
            Dockerfile file = DockerfileParser.parse(input);
            assertTrue(DockerfileParser.rejectedByBuildkit(file), () -> "accepted: " + BuildkitDump.dump(file));
            assertArrayEquals(input, file.encode());
        }));
    }

    static Stream<Path> cases(String kind) throws IOException {
        Path dir = ROOT.resolve(kind);
        Requirements.require(Files.isDirectory(dir),
                "BuildKit conformance data not found at " + dir.toAbsolutePath() + " (../shared is absent): skipped");
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> cases = list.filter(Files::isDirectory).sorted().toList();
            Requirements.require(!cases.isEmpty(), "no cases in " + dir);
            return cases.stream();
        }
    }
}

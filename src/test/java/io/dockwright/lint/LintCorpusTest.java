package io.dockwright.lint;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The linter over BuildKit's parser test files (shared reference data) and the bundled examples. */
class LintCorpusTest {
    private static final Path BUILDKIT = Path.of("../shared/conformance/buildkit-parser");

    private static List<Path> dockerfiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().startsWith("Dockerfile") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static void lintsCleanly(Path file) throws IOException {
        Dockerfile df = DockerfileParser.parse(Files.readAllBytes(file));
        List<Diagnostic> found = assertDoesNotThrow(
                () -> Linter.standard().lint(df, StageGraphBuilder.build(df, GraphOptions.DEFAULT)), file.toString());
        for (Diagnostic d : found) {
            assertTrue(d.span().end() <= df.text().length() && d.span().length() > 0,
                    file + ": " + d.code() + " span " + d.span() + " outside the text");
        }
    }

    @Test
    void buildkitParserFilesNeverThrowAndSpansLieInTheText() throws IOException {
        Requirements.require(Files.isDirectory(BUILDKIT),
                "BuildKit conformance data not found at " + BUILDKIT.toAbsolutePath() + " (../shared is absent): skipped");
        List<Path> files = dockerfiles(BUILDKIT);
        Requirements.require(!files.isEmpty(), "no Dockerfiles under " + BUILDKIT);
        for (Path file : files) lintsCleanly(file);
    }

    @Test
    void bundledExamplesLintCleanly() throws IOException {
        for (Path file : dockerfiles(Path.of("assets/examples"))) lintsCleanly(file);
    }
}

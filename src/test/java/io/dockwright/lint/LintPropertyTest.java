package io.dockwright.lint;

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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Damaged Dockerfiles (cut, spliced, sprinkled with shell and Dockerfile syntax) never break the linter. */
class LintPropertyTest {
    private static final String[] NOISE = {"\\\n", "\n", "'", "\"", "$(", ")", "`", "<<EOF\n", "\nEOF\n", "&&", "|",
            "||", ";", "#", "# hadolint ignore=DL3003\n", "[\"", "\"]", "RUN ", "FROM ", " AS ", "--mount=type=cache ",
            "ENV ", "=", "cd ", "apt-get install ", "pip install ", "2>&1 ", ">", "<", "(", "{", "\t", "\r\n", "é", "😀"};

    @Test
    void damagedFilesLintWithoutThrowingAndWithSpansInTheText() throws IOException {
        List<String> seeds;
        try (Stream<Path> files = Files.walk(Path.of("assets/examples"))) {
            seeds = files.filter(p -> p.getFileName().toString().startsWith("Dockerfile")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        Random random = new Random(20261129);
        Linter linter = Linter.standard();
        for (int round = 0; round < 600; round++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean()) {
                    text.insert(at, NOISE[random.nextInt(NOISE.length)]);
                } else {
                    text.delete(at, Math.min(text.length(), at + random.nextInt(12)));
                }
            }
            String source = text.toString();
            Dockerfile df = DockerfileParser.parse(source);
            List<Diagnostic> found = linter.lint(df, StageGraphBuilder.build(df, GraphOptions.DEFAULT));
            for (Diagnostic d : found) {
                assertTrue(d.span().end() <= source.length() && d.span().length() > 0,
                        d.code() + " " + d.span() + " in:\n" + source);
            }
        }
    }
}

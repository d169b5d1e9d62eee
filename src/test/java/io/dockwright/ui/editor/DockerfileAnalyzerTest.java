package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Severity;
import io.dockwright.lint.Linter;
import io.dockwright.stages.GraphOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DockerfileAnalyzerTest {
    private static final String TEXT = "FROM node:latest\nRUN a\nRUN b\n";

    @Test
    void lintFindingsAreProblemsWithTheirRuleIdAndStyle() {
        Analysis a = new DockerfileAnalyzer().analyze(1, TEXT, GraphOptions.DEFAULT);
        List<String> lint = a.problems().stream().filter(p -> p.source().equals("lint"))
                .map(p -> p.code() + "@" + p.location()).toList();
        assertEquals(List.of("DL3007@Ln 1, Col 6", "DL3059@Ln 3, Col 1"), lint);
        Problem info = a.problems().stream().filter(p -> p.code().equals("DL3059")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, info.severity());
        assertTrue(a.styles().classesAt(TEXT.indexOf("RUN b")).contains("diag-info"));
        assertTrue(a.styles().classesAt(TEXT.indexOf("latest")).contains("diag-warning"));
    }

    @Test
    void instructionErrorsAreUnderlinedWhereTheyStand() {
        String text = "FROM alpine:3.20\nHEALTHCHECK --interval=abc CMD true\n";
        Analysis a = new DockerfileAnalyzer().analyze(1, text, GraphOptions.DEFAULT);
        Problem p = a.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("parser", p.source());
        assertEquals("time: invalid duration \"abc\"", p.message());
        assertEquals("--interval=abc", text.substring(p.start(), p.end()));
        assertTrue(a.styles().classesAt(text.indexOf("--interval")).contains("diag-error"));
        assertTrue(a.styles().classesAt(text.indexOf("abc") + 2).contains("diag-error"));
        assertTrue(a.styles().classesAt(text.indexOf("CMD")).stream().noneMatch(c -> c.startsWith("diag-")));
    }

    @Test
    void theLinterIsInjectedAndSuppressionHolds() {
        Analysis none = new DockerfileAnalyzer(new Linter(List.of())).analyze(1, TEXT, GraphOptions.DEFAULT);
        assertEquals(List.of(), none.problems());
        Analysis skipped = new DockerfileAnalyzer().analyze(1, "# check=skip=DL3007,DL3059\n" + TEXT, GraphOptions.DEFAULT);
        assertEquals(List.of(), skipped.problems());
    }

    @Test
    void bundledExamplesShowAtMostAFindingOrTwo() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("assets/examples"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("Dockerfile")).toList()) {
                Analysis a = new DockerfileAnalyzer().analyze(1, Files.readString(file), GraphOptions.DEFAULT);
                assertTrue(a.problems().size() <= 2, file + ": " + a.problems());
                assertTrue(a.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), file + ": " + a.problems());
            }
        }
    }
}

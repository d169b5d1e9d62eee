package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage is unused only if nothing in the project builds it (#15): compose, bake, CI files and scripts are read. */
class ProjectTargetsTest {
    private static final String TEXT = "FROM node:20 AS deps\nWORKDIR /app\nCOPY . .\nRUN npm ci\n\n"
            + "FROM deps AS dev\nCMD [\"npm\", \"run\", \"dev\"]\n\n"
            + "FROM deps AS Test\nRUN npm test\n\n"
            + "FROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app /app\nCMD [\"node\", \"index.js\"]\n";
    @TempDir
    Path dir;

    private OptimizationResult optimize() {
        return Optimized.of(TEXT, dir, OptimizerOptions.defaults()).wellFormed().result;
    }

    @Test
    void stagesNoFileBuildsAreRemoved() {
        OptimizationResult r = optimize();
        assertFalse(r.text().contains("AS dev") || r.text().contains("AS Test"), r.text());
    }

    @Test
    void aComposeTargetKeepsItsStageAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build:\n      context: .\n      target: dev\n");
        OptimizationResult r = optimize();
        assertTrue(r.text().contains("FROM deps AS dev\n"), r.text());
        assertFalse(r.text().contains("AS Test"), r.text());
        assertTrue(String.join(" ", r.warnings()).contains("Stage dev is kept although the final stage does not need it: compose.yaml builds it"),
                r.warnings().toString());
    }

    @Test
    void bakeFilesCiWorkflowsAndMakefilesCount() throws IOException {
        Files.writeString(dir.resolve("docker-bake.hcl"), "target \"unit\" {\n  target = \"test\"\n}\n");
        assertTrue(optimize().text().contains("FROM deps AS Test\n"), "stage names match without case");
        Files.delete(dir.resolve("docker-bake.hcl"));
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/ci.yml"), "jobs:\n  t:\n    steps:\n      - run: docker build --target=dev .\n");
        assertTrue(optimize().text().contains("FROM deps AS dev\n"));
        Files.delete(dir.resolve(".github/workflows/ci.yml"));
        Files.writeString(dir.resolve("Makefile"), "test:\n\tdocker build --target Test -t app-test .\n");
        OptimizationResult r = optimize();
        assertTrue(r.text().contains("AS Test") && !r.text().contains("AS dev"), r.text());
    }

    @Test
    void withoutABuildContextNamedStagesAreKept() {
        OptimizationResult r = Optimized.of(TEXT, null, OptimizerOptions.defaults()).wellFormed().result;
        assertTrue(r.text().contains("AS dev") && r.text().contains("AS Test"), r.text());
        String said = r.unchangedReason() == null ? String.join(" ", r.warnings()) : r.unchangedReason();
        assertTrue(said.contains("cannot be ruled out"), said);
        String unnamed = "FROM alpine\nRUN echo unused\n\nFROM alpine\nCMD [\"true\"]\n";
        assertEquals("FROM alpine\nCMD [\"true\"]\n", Optimized.of(unnamed, null, OptimizerOptions.defaults()).result.text());
    }
}

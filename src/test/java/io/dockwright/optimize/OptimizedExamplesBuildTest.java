package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.build.BackendChoice;
import io.dockwright.engine.build.BuildListener;
import io.dockwright.engine.build.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof on a real engine: each example is optimized by Dockwright (not the hand-written multi-stage file),
 * both variants are built and run; the optimized image must print the same and be smaller.
 * Skipped (with the reason) when no engine answers or a stand-in base image is missing.
 */
class OptimizedExamplesBuildTest {
    private static EngineFixture engine;

    @BeforeAll
    static void connect() {
        engine = EngineFixture.connectOrSkip(1);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "python-guide, python:3.7, python:3.7-slim",
            "c-make, gcc:12, debian:bookworm-slim",
            "go-app, golang:1.19, gcr.io/distroless/static-debian12",
            "node-app, node:18, node:18-slim"})
    void optimizedExampleBuildsRunsTheSameAndIsSmaller(String example, String fatBase, String slimBase) throws Exception {
        engine.assumeImages(fatBase, slimBase);
        Path dir = EngineFixture.example(example);
        String original = Files.readString(dir.resolve("Dockerfile"));
        OptimizationResult optimized = new Optimizer().optimize(original, dir, "Dockerfile", OptimizerOptions.defaults());
        assertTrue(optimized.changed(), optimized.unchangedReason());
        assertTrue(optimized.text().contains("FROM " + slimBase), optimized.text());

        long t0 = System.nanoTime();
        BuildResult fat = build(example + "-original", original, dir);
        long t1 = System.nanoTime();
        BuildResult lean = build(example + "-optimized", optimized.text(), dir);
        long t2 = System.nanoTime();

        String fatOut = engine.run(fat.imageId()).strip();
        String leanOut = engine.run(lean.imageId()).strip();
        assertFalse(fatOut.isEmpty(), "the original prints something");
        assertEquals(fatOut, leanOut, "same output\n" + optimized.text());
        assertTrue(lean.sizeBytes() < fat.sizeBytes(), lean.sizeBytes() + " vs " + fat.sizeBytes());
        System.out.printf("optimize-proof %s: original %d bytes (%.0f s), optimized %d bytes (%.0f s), reduction %.1f%%, output: %s%n",
                example, fat.sizeBytes(), (t1 - t0) / 1e9, lean.sizeBytes(), (t2 - t1) / 1e9,
                100.0 * (fat.sizeBytes() - lean.sizeBytes()) / fat.sizeBytes(), leanOut);
    }

    private static BuildResult build(String name, String text, Path dir) throws Exception {
        BuildVariant v = new BuildVariant(name, text, dir, null, Map.of(), "host", false, engine.tag(name));
        return engine.service.start(v, BackendChoice.AUTO, BuildListener.NONE).result().get(15, TimeUnit.MINUTES);
    }
}

package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes the text-only rewrite used to break (#14), proven on a real engine: each project under
 * test resources {@code shapes/} is optimized, original and rewrite are built (network host, for apt and npm) and run,
 * and both must print the project's line (the expected text is what the program prints, written here by hand) while
 * the rewrite is smaller. Skipped with the reason when no engine answers or a stand-in base image is missing.
 */
class OptimizedShapesBuildTest {
    private static final Path SHAPES = Path.of("src/test/resources/io/dockwright/optimize/shapes").toAbsolutePath();
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
    @CsvSource(delimiter = '|', value = {
            "py-outside-workdir | python:3.7 | python:3.7-slim | shape-outside-workdir: hello from a linked command; a banner in /usr/local/share; six 1.16.0",
            "py-user-in-build-run | python:3.7 | python:3.7-slim | shape-user: running as app (home /home/app, exists True), state written, libffi True, six 1.16.0",
            "node-global | node:18 | node:18-slim | < shape-npm-global ok >",
            "node-workspaces | node:18 | node:18-slim | shape-workspaces: hello from a workspace package (2m)",
            "node-devdep | node:18 | node:18-slim | shape-devdep: 1m from a dev dependency",
            "go-no-workdir | golang:1.19 | gcr.io/distroless/static-debian12 | shape-go-no-workdir: hello from /go, serving <h1>index</h1>",
            "go-cgo | golang:1.19 | gcr.io/distroless/base-debian12 | shape-go-cgo: abs(-42) = 42 from the C library",
            "arg-base | python:3.7 | python:3.7-slim | shape-arg-base: six 1.16.0 on a base chosen by a build argument",
            "py-includes | python:3 | python:3-slim | shape-includes: six 1.16.0 and click 8.1.3 from included requirement files",
            "py-user-nonroot | python:3.11-bookworm | python:3.11-slim-bookworm"
                    + " | shape-user-site: app runs six 1.16.0 from ~/.local/lib/python3.11/site-packages/six.py",
            "ruby-gem | ruby:3.1 | ruby:3.1-slim | shape-gem: hello from a gem in /usr/local/bundle (ruby 3.1.2)",
            "py-stdlib | python:3 | python:3-slim | shape-stdlib: mean 4.5, 4 words, json {\"slim\": true}",
            "node-slim-tools | node:18-slim | node:18-slim | shape-slim-tools: built from TypeScript on node:18-slim, 2m from ms"})
    void rewriteBuildsRunsTheSameAndIsSmaller(String shape, String fatBase, String slimBase, String expected) throws Exception {
        engine.assumeImages(fatBase, slimBase);
        Path dir = SHAPES.resolve(shape);
        String original = Files.readString(dir.resolve("Dockerfile"));
        OptimizationResult optimized = new Optimizer().optimize(original, dir, "Dockerfile", OptimizerOptions.defaults());
        assertTrue(optimized.changed(), optimized.unchangedReason());
        assertTrue(optimized.text().contains("FROM " + slimBase) || optimized.text().contains("=" + slimBase + "\n"), optimized.text());

        BothVariants both = BothVariants.build(engine, shape, dir, original, optimized.text());
        String fatOut = both.originalOut();
        String leanOut = both.optimizedOut();
        if (shape.equals("node-global")) {
            assertTrue(fatOut.lines().anyMatch(l -> l.strip().equals(expected)), "cowsay's speech bubble: " + fatOut);
        } else {
            assertEquals(expected, fatOut, "the original prints its line");
        }
        assertEquals(fatOut, leanOut, "same output\n" + optimized.text());
        both.assertSizesAreTheEngines(engine);
        assertTrue(both.optimized().sizeBytes() < both.original().sizeBytes(), both.report(shape));
        System.out.println("shape-proof " + both.report(shape));
    }
}

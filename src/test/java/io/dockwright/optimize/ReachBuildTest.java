package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Dockerfiles #15 asks the optimizer to reach (slim bases with build tools, prebuilt artifacts, Rust, Ruby, PHP,
 * multi-stage files), proven on a real engine: each project under test resources {@code reach/} is optimized,
 * original and rewrite are built (network host, for apt and npm) and run; both must print the project's line (the
 * expected text is what the program prints, written here by hand), the rewrite must be smaller, and a tool only the
 * build needs must be in the original image and not in the rewrite's. Skipped with the reason when no engine answers or
 * a stand-in base image is missing.
 */
class ReachBuildTest {
    private static final Path REACH = Path.of("src/test/resources/io/dockwright/optimize/reach").toAbsolutePath();
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
            "py-slim-tools | python:3.11-slim | python:3.11-slim | gcc | py-slim-tools: libyaml 0.2.5 through a C extension",
            "node-slim-build | node:18-slim | node:18-slim | /app/node_modules/typescript | node-slim-build: 5 minutes compiled from TypeScript",
            "java-prebuilt-jar | eclipse-temurin:17-jdk | eclipse-temurin:17-jre | javac | java-prebuilt-jar: crc32 b46823e on Java 17",
            "py-stdlib | python:3 | python:3-slim | gcc | py-stdlib: [[\"the\", 3], [\"standard\", 2]] 44fc1fe5b39b",
            "rust-cargo-run | rust:1 | gcr.io/distroless/cc-debian12 | /usr/local/cargo/bin/cargo | rust-cargo-run: 4 entries in journal.txt, balance 1183",
            "ruby-bundler-native | ruby:3.1 | ruby:3.1-slim | /usr/local/bundle/gems/lintkit-0.1.0 | ruby-bundler-native: SQLite 3.40.1 through a native gem",
            "php-ext-composer | php:8.2-cli | php:8.2-cli | /app/vendor/reach/devtools | php-ext-composer: balance 1183, 2 entries zipped with ext-zip"})
    void rewriteBuildsRunsTheSameAndIsSmaller(String project, String base, String runtimeBase, String buildOnly, String expected) throws Exception {
        engine.assumeImages(base, runtimeBase);
        Path dir = REACH.resolve(project);
        String original = Files.readString(dir.resolve("Dockerfile"));
        OptimizationResult optimized = new Optimizer().optimize(original, dir, "Dockerfile", OptimizerOptions.defaults());
        assertTrue(optimized.changed(), optimized.unchangedReason());
        assertTrue(optimized.text().contains("FROM " + runtimeBase + "\n"), optimized.text());
        assertEquals(VerificationStatus.NOT_RUN, optimized.verification());

        BothVariants both = BothVariants.build(engine, project, dir, original, optimized.text());
        assertEquals(expected, both.originalOut(), "the original prints its line");
        assertEquals(both.originalOut(), both.optimizedOut(), "same output\n" + optimized.text());
        both.assertSizesAreTheEngines(engine);
        assertTrue(both.optimized().sizeBytes() < both.original().sizeBytes(), both.report(project));
        assertTrue(has(both.original().imageId(), buildOnly), buildOnly + " is in the original image");
        assertFalse(has(both.optimized().imageId(), buildOnly), buildOnly + " is left in the builder\n" + optimized.text());
        System.out.println("reach-proof " + both.report(project));
    }

    /**
     * Whether the image has a command on its PATH or a file at an absolute path: a shell in the image asks; an image
     * without a shell (distroless) has the file when the engine can start it as the container's program.
     */
    private static boolean has(String image, String what) throws Exception {
        String probe = what.startsWith("/") ? "test -e " + what : "command -v " + what + " >/dev/null";
        try {
            return engine.shell(image, probe + " && echo yes || echo no").strip().equals("yes");
        } catch (RuntimeException noShell) {
            try {
                engine.exec(image, what, "--version");
                return true;
            } catch (RuntimeException notThere) {
                return false;
            }
        }
    }
}

package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.DockerfileOutline;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.optimize.verification.Probes;
import io.dockwright.optimize.verification.VerdictFormatter;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.VerificationListener;
import io.dockwright.optimize.verification.VerificationOptions;
import io.dockwright.optimize.verification.VerificationRequest;
import io.dockwright.optimize.verification.Verifier;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof on a real engine: each example is optimized by Dockwright (not the hand-written multi-stage file),
 * both variants are built and run; the optimized image must print the same, be smaller and verify EQUIVALENT.
 * Skipped (with the reason) when no engine answers or a stand-in base image is missing.
 */
class OptimizedExamplesBuildTest {
    private static final String JRE_IMAGE = "eclipse-temurin:17-jre";
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
            "python-guide | python:3.7 | python:3.7-slim | python-guide: hello from Python 3 (six 1.16.0)",
            "python-cext | python:3.7 | python:3.7-slim"
                    + " | python-cext: hello from a C extension in Python 3 (sum of squares 1..1000 = 333833500, compiled: True)",
            "c-make | gcc:12 | debian:bookworm-slim | c-make: hello from C (sum 1..100 = 5050)",
            "go-app | golang:1.19 | gcr.io/distroless/static-debian12 | go-app: hello from Go (4 words, linux)",
            "node-app | node:18 | node:18-slim | node-app: hello from Node 18 (lean-images-ship-faster)",
            "java-maven | maven:3.9-eclipse-temurin-17 | debian:bookworm-slim | java-maven: hello from Java 17 (primes below 100: 25)"})
    void optimizedExampleBuildsRunsTheSameAndIsSmaller(String example, String fatBase, String slimBase, String expected) throws Exception {
        engine.assumeImages(fatBase, slimBase);
        Path dir = EngineFixture.example(example);
        String original = Files.readString(dir.resolve("Dockerfile"));
        OptimizationResult optimized = new Optimizer().optimize(original, dir, "Dockerfile", OptimizerOptions.defaults());
        assertTrue(optimized.changed(), optimized.unchangedReason());
        assertTrue(optimized.text().contains("FROM " + slimBase), optimized.text());

        BothVariants both = BothVariants.build(engine, example, dir, original, optimized.text());
        String fatOut = both.originalOut();
        String leanOut = both.optimizedOut();
        assertEquals(expected, fatOut, "the original prints its checkable line");
        assertEquals(fatOut, leanOut, "same output\n" + optimized.text());
        both.assertSizesAreTheEngines(engine);
        assertTrue(both.optimized().sizeBytes() < both.original().sizeBytes(), both.report(example));
        if (example.equals("java-maven")) { // the jlink'd runtime must beat the JRE image it replaces
            engine.assumeImages(JRE_IMAGE);
            long jre = engine.engineImageSize(JRE_IMAGE);
            assertTrue(both.optimized().sizeBytes() < jre, "the jlink'd image " + both.optimized().sizeBytes()
                    + " bytes is smaller than " + JRE_IMAGE + " (" + jre + " bytes)\n" + optimized.text());
            assertTrue(optimized.text().contains("jlink "), optimized.text());
        }
        Verdict verdict = verify(both.original(), both.optimized(), original, optimized.text());
        assertEquals(Outcome.EQUIVALENT, verdict.outcome(), optimized.text() + "\n" + new VerdictFormatter().text(verdict));
        System.out.println("optimize-proof " + both.report(example) + ", output: " + leanOut);
    }

    /** Verification of the two images, with both Dockerfiles' base images known. */
    private static Verdict verify(BuildResult fat, BuildResult lean, String original, String rewrite) {
        Verifier verifier = new Verifier(engine.session, new ContainerRunner(engine.session, new Leftovers("it-examples")),
                engine.analyzer, VerificationOptions.DEFAULTS, List.of(), Clock.systemUTC());
        VerificationRequest request = VerificationRequest.of(fat.imageId(), lean.imageId(), Probes.NONE).withBases(
                DockerfileOutline.of(original).externalBase(null, Map.of()), DockerfileOutline.of(rewrite).externalBase(null, Map.of()));
        return verifier.verify(request, VerificationListener.NONE, CancelToken.none());
    }
}

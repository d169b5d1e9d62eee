package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.builds.DockerfileOutline;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.optimize.OptimizationResult;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dockwright's own rewrite of each example, built and verified on the real engine against the original. */
class VerifiedExamplesTest {
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
            "python-guide | python:3.7 | python:3.7-slim",
            "python-cext | python:3.7 | python:3.7-slim",
            "c-make | gcc:12 | debian:bookworm-slim",
            "go-app | golang:1.19 | gcr.io/distroless/static-debian12",
            "node-app | node:18 | node:18-slim",
            "java-maven | maven:3.9-eclipse-temurin-17 | eclipse-temurin:17-jre"})
    void theRewriteOfEachExampleVerifiesEquivalent(String example, String fatBase, String slimBase) throws Exception {
        engine.assumeImages(fatBase, slimBase);
        Path dir = EngineFixture.example(example);
        String original = Files.readString(dir.resolve("Dockerfile"));
        OptimizationResult optimized = new Optimizer().optimize(original, dir, "Dockerfile", OptimizerOptions.defaults());
        assertTrue(optimized.changed(), optimized.unchangedReason());
        BuildResult fat = build(example + "-original", original, dir);
        BuildResult lean = build(example + "-optimized", optimized.text(), dir);
        Verifier verifier = new Verifier(engine.session, new ContainerRunner(engine.session, new Leftovers("it-examples")),
                engine.analyzer, VerificationOptions.DEFAULTS, List.of(), Clock.systemUTC());
        String base = DockerfileOutline.of(original).externalBase(null, Map.of());
        String runtimeBase = DockerfileOutline.of(optimized.text()).externalBase(null, Map.of());
        Verdict v = verifier.verify(new VerificationRequest(fat.imageId(), lean.imageId(), base, runtimeBase, Probes.NONE, List.of()),
                VerificationListener.NONE, CancelToken.none());
        String text = new VerdictFormatter().text(v);
        System.out.println("verify-example " + example + ":\n" + text);
        assertEquals(Outcome.EQUIVALENT, v.outcome(), optimized.text() + "\n" + text);
    }

    private static BuildResult build(String name, String text, Path dir) throws Exception {
        BuildVariant v = new BuildVariant(name, text, dir, null, Map.of(), "host", false, engine.tag(name));
        return engine.service.start(v, BackendChoice.AUTO, BuildListener.NONE).result().get(15, TimeUnit.MINUTES);
    }
}

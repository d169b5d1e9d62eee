package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.PrivateDockerd;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.result.ImageAnalyzer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine dies while a verification runs a container (a private dockerd, so the shared one keeps serving):
 * the verdict says so and skips the rest; once the engine is back the next verification removes the container.
 */
class VerifierEngineLossTest {
    @TempDir
    Path contexts;

    @Test
    void losingTheEngineIsNotCheckedAndTheNextRunRemovesTheContainer() throws Exception {
        try (EngineFixture shared = EngineFixture.connectOrSkip(1); PrivateDockerd daemon = PrivateDockerd.assumeAvailable()) {
            shared.assumeImages("debian:bookworm-slim");
            TestImages images = new TestImages(shared, contexts);
            String sleeper = images.build("loss-sleeper", "FROM debian:bookworm-slim\nCMD [\"sleep\", \"300\"]\n");
            String quick = images.build("loss-quick", "FROM debian:bookworm-slim\nCMD [\"echo\", \"back\"]\n");
            daemon.start();
            daemon.loadFrom(shared.session.connection().client(), sleeper);
            daemon.loadFrom(shared.session.connection().client(), quick);
            ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
            try (EngineSession session = daemon.session()) {
                Leftovers leftovers = new Leftovers("it-verify-loss");
                Verifier verifier = new Verifier(session, new ContainerRunner(session, leftovers), new ImageAnalyzer(),
                        VerificationOptions.DEFAULTS.withCommandTimeout(Duration.ofMinutes(5)), List.of(), Clock.systemUTC());
                VerificationListener killWhenRunning = new VerificationListener() {
                    @Override
                    public void onProgress(String message) {
                        if (message.equals("running the original image's default command")) {
                            killer.schedule(() -> {
                                daemon.kill(Duration.ofSeconds(3));
                                return null;
                            }, 2, TimeUnit.SECONDS);
                        }
                    }
                };
                Probes probe = new Probes(List.of(new CommandProbe("true")), List.of(), List.of());
                Verdict lost = verifier.verify(VerificationRequest.of(sleeper, sleeper, probe), killWhenRunning, CancelToken.none());
                String text = new VerdictFormatter().text(lost);
                assertEquals(Outcome.NOT_CHECKED, lost.outcome(), text);
                assertTrue(lost.summary().startsWith("not checked: the engine was lost: Lost the connection to the Docker engine at "
                        + daemon.uri()), lost.summary());
                CheckResult run = lost.checks().get(2);
                assertEquals("default-command", run.id());
                assertTrue(run.summary().startsWith("the engine was lost"), text);
                assertTrue(lost.checks().get(3).summary().startsWith("not run: the engine was lost"), text);
                assertEquals(1, leftovers.pending().size(), "the container could not be removed yet");

                daemon.start();
                String id = leftovers.pending().iterator().next();
                assertEquals(1, session.connection().client().listContainersCmd().withShowAll(true).withIdFilter(List.of(id)).exec().size(),
                        "still there after the restart");
                Verdict again = verifier.verify(quick, quick, Probes.NONE);
                assertEquals(Outcome.EQUIVALENT, again.outcome(), new VerdictFormatter().text(again));
                assertEquals(List.of(), session.connection().client().listContainersCmd().withShowAll(true)
                        .withLabelFilter(Map.of(Leftovers.PURPOSE_LABEL, "it-verify-loss")).exec(), "the next run removed it");
            } finally {
                killer.shutdownNow();
            }
        }
    }
}

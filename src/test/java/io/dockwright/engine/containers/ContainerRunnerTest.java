package io.dockwright.engine.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.PrivateDockerd;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Throw-away containers on the real engine: output, caps, time limits, cancel, start failures, file reads, clean-up. */
class ContainerRunnerTest {
    private static final String IMAGE = "debian:bookworm-slim";
    private static EngineFixture engine;
    private static ContainerRunner runner;
    private static Leftovers leftovers;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages(IMAGE);
        leftovers = new Leftovers("it-runner");
        runner = new ContainerRunner(engine.session, leftovers);
    }

    @AfterAll
    static void close() {
        if (engine != null) engine.close();
    }

    private static ContainerSpec shell(String script) {
        return ContainerSpec.defaultCommand(IMAGE, "test").withCommand(List.of("sh", "-c", script), null);
    }

    /** The containers of this test's runner (by its labels), whatever their state. */
    private static List<Container> mine() throws Exception {
        return engine.session.connection().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(leftovers.labels()).exec();
    }

    @Test
    void capturesExitCodeStdoutAndStderrSeparatelyAndRemovesTheContainer() throws Exception {
        ContainerRun run = runner.run(shell("echo out; echo err >&2; echo more; exit 3"), Duration.ofSeconds(30), CancelToken.none());
        assertEquals(ContainerRun.Ending.EXITED, run.ending());
        assertEquals(3, run.exitCode());
        assertEquals("out\nmore\n", run.stdout().text());
        assertEquals("err\n", run.stderr().text());
        assertFalse(run.stdout().truncated());
        assertTrue(mine().isEmpty(), "removed: " + mine());
    }

    @Test
    void runsWithoutNetworkAndWithAFixedHostnameByDefault() throws Exception {
        ContainerRun run = runner.run(shell("hostname; ls /sys/class/net"), Duration.ofSeconds(30), CancelToken.none());
        assertEquals(ContainerRunner.HOSTNAME + "\nlo\n", run.stdout().text(), "only the loopback interface");
    }

    @Test
    void keepsTheCapOfEachStreamAndCountsTheRest() throws Exception {
        int written = 3_000_000;
        ContainerRun run = runner.run(shell("head -c " + written + " /dev/zero | tr '\\0' a; echo tail >&2")
                .withOutputCap(65_536), Duration.ofSeconds(60), CancelToken.none());
        assertEquals(0, run.exitCode(), "the program was drained, not blocked");
        assertEquals(65_536, run.stdout().text().length());
        assertEquals("a".repeat(65_536), run.stdout().text());
        assertEquals(written, run.stdout().totalBytes());
        assertTrue(run.stdout().truncated());
        assertEquals("tail\n", run.stderr().text());
        assertFalse(run.stderr().truncated());

        ContainerRun big = runner.run(shell("head -c " + written + " /dev/zero | tr '\\0' b"), Duration.ofSeconds(60), CancelToken.none());
        assertEquals(ContainerSpec.DEFAULT_OUTPUT_CAP, big.stdout().text().length(), "1 MiB by default");
        assertEquals(written, big.stdout().totalBytes());
    }

    @Test
    void aCommandStillRunningAtTheLimitIsStoppedAndRemoved() throws Exception {
        long t0 = System.nanoTime();
        ContainerRun run = runner.run(shell("echo started; sleep 300"), Duration.ofSeconds(2), CancelToken.none());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ContainerRun.Ending.TIMED_OUT, run.ending());
        assertNull(run.exitCode());
        assertEquals("started\n", run.stdout().text(), "the output so far is kept");
        assertTrue(ms < 15_000, "returned after " + ms + " ms");
        assertTrue(mine().isEmpty(), "removed: " + mine());
    }

    @Test
    void cancelStopsTheRunAndRemovesTheContainer() throws Exception {
        CancelToken cancel = new CancelToken();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(cancel::cancel, 1500, TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            ContainerRun run = runner.run(shell("sleep 300"), Duration.ofMinutes(5), cancel);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ContainerRun.Ending.CANCELLED, run.ending());
            assertTrue(ms < 15_000, "returned after " + ms + " ms");
            assertTrue(mine().isEmpty(), "removed: " + mine());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aMissingProgramIsAStartFailureInTheEnginesWords() throws Exception {
        ContainerRun run = runner.run(ContainerSpec.defaultCommand(IMAGE, "missing").withCommand(List.of("no-such-program"), null),
                Duration.ofSeconds(30), CancelToken.none());
        assertEquals(ContainerRun.Ending.START_FAILED, run.ending());
        assertTrue(run.error().contains("\"no-such-program\": executable file not found"), run.error());
        assertFalse(run.error().startsWith("Status"), run.error());
        assertTrue(mine().isEmpty(), "removed: " + mine());
    }

    @Test
    void readsFilesOfAnImageWithoutRunningItFollowingSymlinks() throws Exception {
        Map<String, FileContent> files = runner.readFiles(IMAGE, List.of("/etc/passwd", "/etc/os-release", "/no/such", "/etc"), 1 << 20);
        assertEquals(engine.run(IMAGE, "cat", "/etc/passwd"), files.get("/etc/passwd").text());
        FileContent release = files.get("/etc/os-release");
        assertEquals(engine.run(IMAGE, "cat", "/etc/os-release"), release.text());
        assertEquals(engine.run(IMAGE, "readlink", "-f", "/etc/os-release").strip(), release.resolved());
        assertFalse(files.containsKey("/no/such"));
        assertFalse(files.containsKey("/etc"), "a directory is not a file");
        Map<String, FileContent> capped = runner.readFiles(IMAGE, List.of("/etc/passwd"), 10);
        assertEquals(10, capped.get("/etc/passwd").bytes().length);
        assertTrue(capped.get("/etc/passwd").truncated());
        assertTrue(mine().isEmpty(), "removed: " + mine());
    }

    @Test
    void sweepRemovesContainersOfDeadOwnersAndKeepsThoseOfLiveOnes() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        DockerClient client = engine.session.connection().client();
        Leftovers other = new Leftovers("it-runner");
        String host = other.owner().split("/")[0];
        String dead = client.createContainerCmd(IMAGE).withLabels(Map.of(Leftovers.PURPOSE_LABEL, "it-runner",
                Leftovers.OWNER_LABEL, host + "/" + gone.pid() + "/deadbeef")).exec().getId();
        String alive = client.createContainerCmd(IMAGE).withLabels(other.labels()).exec().getId();
        try {
            assertEquals(1, runner.removeLeftovers());
            List<String> left = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(Leftovers.PURPOSE_LABEL, "it-runner")).exec().stream().map(Container::getId).toList();
            assertFalse(left.contains(dead), "the dead owner's container is removed");
            assertTrue(left.contains(alive), "another live runner's container stays");
        } finally {
            client.removeContainerCmd(alive).withForce(true).exec();
            try {
                client.removeContainerCmd(dead).withForce(true).exec();
            } catch (RuntimeException alreadyGone) {
                // the sweep removed it
            }
        }
    }

    @Test
    void losingTheEngineMidRunFailsClearlyAndTheContainerGoesOnceItIsBack() throws Exception {
        try (PrivateDockerd daemon = PrivateDockerd.assumeAvailable()) {
            daemon.start();
            daemon.loadFrom(engine.session.connection().client(), IMAGE);
            try (EngineSession session = daemon.session()) {
                Leftovers own = new Leftovers("it-loss");
                ContainerRunner lossy = new ContainerRunner(session, own);
                ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
                try {
                    killer.schedule(() -> {
                        daemon.kill(Duration.ofSeconds(3));
                        return null;
                    }, 3, TimeUnit.SECONDS);
                    EngineLostException e = assertThrows(EngineLostException.class,
                            () -> lossy.run(shell("sleep 300"), Duration.ofMinutes(5), CancelToken.none()));
                    assertTrue(e.getMessage().startsWith("Lost the connection to the Docker engine at " + daemon.uri()), e.getMessage());
                    assertEquals(1, own.pending().size(), "remembered for removal");
                } finally {
                    killer.shutdownNow();
                }
                daemon.start();
                String id = own.pending().iterator().next();
                DockerClient client = session.connection().client();
                assertEquals(1, client.listContainersCmd().withShowAll(true).withIdFilter(List.of(id)).exec().size(),
                        "the engine kept the container over its restart");
                assertEquals(1, lossy.removeLeftovers());
                assertTrue(client.listContainersCmd().withShowAll(true).withLabelFilter(own.labels()).exec().isEmpty());
                assertTrue(own.pending().isEmpty());
            }
        }
    }
}

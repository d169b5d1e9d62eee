package io.dockwright.engine;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.discovery.OverrideLocator;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.ImageAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel, failures, engine loss and .dockerignore against the real engine. */
class BuildLifecycleTest {
    private static EngineFixture engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(2);
        engine.assumeImages("debian:bookworm-slim");
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private BuildVariant variant(String name, String dockerfile) {
        return new BuildVariant(name, dockerfile, dir, null, Map.of(), "host", true, engine.tag(name)); // no bridge network here
    }

    /** Waits for a log line containing {@code marker}. */
    private static final class Waiter implements BuildListener {
        final CountDownLatch seen = new CountDownLatch(1);
        final List<String> log = new CopyOnWriteArrayList<>();
        final List<BuildState> states = new CopyOnWriteArrayList<>();
        final String marker;

        Waiter(String marker) {
            this.marker = marker;
        }

        @Override
        public void onLog(String line) {
            log.add(line);
            if (line.contains(marker)) seen.countDown();
        }

        @Override
        public void onState(BuildState state) {
            states.add(state);
        }
    }

    private static BuildFailedException failure(BuildHandle handle) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> handle.result().get(2, TimeUnit.MINUTES));
        return assertInstanceOf(BuildFailedException.class, e.getCause());
    }

    @Test
    void cancelStopsARunningStepAndLeavesNoContainer() throws Exception {
        String marker = engine.prefix + "-cancel-marker";
        Waiter waiter = new Waiter("Running in");
        BuildHandle handle = engine.service.start(variant("cancel",
                "FROM debian:bookworm-slim\nRUN echo " + marker + " && sleep 120\n"), BackendChoice.ENGINE_API, waiter);
        assertTrue(waiter.seen.await(60, TimeUnit.SECONDS), "the RUN step started: " + waiter.log);
        String stepContainer = waiter.log.stream().filter(l -> l.contains("Running in")).findFirst().orElseThrow()
                .replaceAll(".*Running in ", "").strip();
        assertTrue(containersMentioning(marker) > 0, "the step's container runs before the cancel");
        handle.cancel();
        BuildFailedException cancelled = failure(handle);
        assertTrue(cancelled.isCancellation());
        assertEquals(BuildState.CANCELLED, waiter.states.get(waiter.states.size() - 1));
        assertTrue(handle.elapsed().toSeconds() < 60, "cancel was prompt: " + handle.elapsed());
        // the container list, all states: neither the step's container nor any other running our command is left
        assertFalse(engine.containerIds().stream().anyMatch(id -> id.startsWith(stepContainer)), stepContainer + " left behind");
        assertEquals(0, containersMentioning(marker), "no container left behind");
    }

    private static long containersMentioning(String marker) throws Exception {
        return engine.session.connection().client().listContainersCmd().withShowAll(true).exec().stream()
                .filter(c -> c.getCommand() != null && c.getCommand().contains(marker)).count();
    }

    @Test
    void failingInstructionIsNamedWithItsLine() throws Exception {
        Waiter waiter = new Waiter("Step");
        BuildHandle handle = engine.service.start(variant("fail",
                "FROM debian:bookworm-slim\n\n# a comment\nRUN echo fine\nRUN echo broken \\\n    && exit 3\nCMD [\"true\"]\n"),
                BackendChoice.ENGINE_API, waiter);
        BuildFailedException e = failure(handle);
        assertFalse(e.isCancellation());
        assertEquals(5, e.line(), e.describe());
        assertTrue(e.instruction().startsWith("RUN echo broken"), e.instruction());
        assertTrue(e.getMessage().contains("non-zero code: 3"), e.getMessage());
        assertEquals(java.util.List.of(BuildState.QUEUED, BuildState.PACKING_CONTEXT, BuildState.BUILDING, BuildState.FAILED),
                waiter.states);
    }

    @Test
    void excludedFilesNeverReachTheImage() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "keep");
        Files.writeString(dir.resolve("secret.env"), "TOKEN=1");
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("logs/a.log"), "a");
        Files.writeString(dir.resolve("logs/keep.log"), "k");
        Files.writeString(dir.resolve("Dockerfile"), "unused on disk");
        Files.writeString(dir.resolve(".dockerignore"), "secret.env\nlogs\n!logs/keep.log\nDockerfile\n.dockerignore\n");
        BuildResult r = engine.service.start(variant("ignore", "FROM debian:bookworm-slim\nCOPY . /ctx/\n"),
                BackendChoice.ENGINE_API, BuildListener.NONE).result().get(2, TimeUnit.MINUTES);
        String files = engine.run(r.imageId(), "sh", "-c", "cd /ctx && find . -type f | sort");
        assertEquals(List.of("./keep.txt", "./logs/keep.log"), files.strip().lines().toList());
    }

    @Test
    void buildKitBackendIsPickedForRunMountAndBuilds() throws Exception {
        Requirements.require(BuildKitCli.standard(null).find().isPresent(), BuildKitCli.standard(null).whyNone());
        Files.writeString(dir.resolve("secret.env"), "TOKEN=1");
        Files.writeString(dir.resolve("keep.txt"), "keep");
        Files.writeString(dir.resolve(".dockerignore"), "secret.env\n");
        String dockerfile = "# RUN --mount: BuildKit only\nFROM debian:bookworm-slim\nCOPY . /ctx/\n"
                + "RUN --mount=type=cache,target=/var/cache/demo echo from buildkit > /hello.txt\n";
        Waiter waiter = new Waiter("2/3]");
        BuildVariant v = variant("buildkit", dockerfile);
        v = new BuildVariant(v.label(), v.dockerfileText(), v.contextDir(), null, Map.of(), "host", true, v.tag());
        BuildResult r = engine.service.start(v, BackendChoice.AUTO, waiter)
                .result().get(3, TimeUnit.MINUTES);
        assertTrue(r.backend().contains("BuildKit"), r.backend());
        assertEquals(0, waiter.seen.getCount(), "BuildKit progress lines streamed: " + waiter.log);
        String out = engine.run(r.imageId(), "sh", "-c", "cat /hello.txt; ls /ctx");
        assertEquals(List.of("from buildkit", "keep.txt"), out.strip().lines().toList());
        assertTrue(r.layers().stream().anyMatch(l -> l.line() == 4 && l.instruction().startsWith("RUN --mount")), r.layers().toString());
    }

    @Test
    void buildKitFailureNamesTheFailingInstruction() throws Exception {
        Requirements.require(BuildKitCli.standard(null).find().isPresent(), BuildKitCli.standard(null).whyNone());
        String dockerfile = "FROM debian:bookworm-slim AS base\nRUN echo ok\n\nFROM base AS app\n"
                + "RUN --mount=type=cache,target=/c echo one\nRUN --mount=type=cache,target=/c exit 7\n";
        BuildVariant v = new BuildVariant("bk-fail", dockerfile, dir, null, Map.of(), "host", true, engine.tag("bk-fail"));
        BuildFailedException e = failure(engine.service.start(v, BackendChoice.AUTO, BuildListener.NONE));
        assertEquals(6, e.line(), e.describe());
        assertTrue(e.getMessage().contains("exit code: 7") || e.getMessage().contains("exit 7"), e.getMessage());
    }

    @Test
    void cancellingABuildKitBuildStopsTheCli() throws Exception {
        Requirements.require(BuildKitCli.standard(null).find().isPresent(), BuildKitCli.standard(null).whyNone());
        Waiter waiter = new Waiter("RUN --mount");
        BuildVariant v = new BuildVariant("bk-cancel", "FROM debian:bookworm-slim\nRUN --mount=type=tmpfs,target=/t sleep 121\n",
                dir, null, Map.of(), "host", true, engine.tag("bk-cancel"));
        BuildHandle handle = engine.service.start(v, BackendChoice.AUTO, waiter);
        assertTrue(waiter.seen.await(60, TimeUnit.SECONDS), waiter.log.toString());
        HostProcesses.awaitRunning(60, "sleep", "121"); // cancel while the step runs, not before it starts
        handle.cancel();
        BuildFailedException f = failure(handle);
        assertTrue(f.isCancellation(), f.getMessage() + " " + waiter.log);
        assertTrue(handle.elapsed().toSeconds() < 60, "cancel was prompt: " + handle.elapsed());
        assertFalse(engine.imagePresent(engine.prefix + "-bk-cancel:latest"));
    }

    @Test
    void losingTheEngineMidBuildIsAClearErrorAndItReconnects() throws Exception {
        Path real = Path.of(engine.session.connection().endpoint().uri().replaceFirst("^unix://", ""));
        Requirements.require(engine.session.connection().endpoint().isUnixSocket() && Files.exists(real), "needs a unix-socket engine");
        Path sock = Files.createTempDirectory("dockwright-proxy").resolve("engine.sock");
        try (UnixSocketProxy proxy = new UnixSocketProxy(sock, real);
             PooledExecutor executor = new PooledExecutor(1, "loss")) {
            proxy.start();
            EngineSession session = new EngineSession(new EngineDiscovery(List.of(new OverrideLocator(proxy.uri())),
                    new EngineConnector()), HostEnvironment.current());
            BuildService service = new BuildService(executor, session, new ApiBuildBackend(session, new ContextPacker()),
                    new CliBuildBackend(session, BuildKitCli.standard(null)), new ImageAnalyzer());
            Waiter waiter = new Waiter("Running in");
            BuildHandle handle = service.start(variant("loss", "FROM debian:bookworm-slim\nRUN sleep 120\n"),
                    BackendChoice.ENGINE_API, waiter);
            assertTrue(waiter.seen.await(60, TimeUnit.SECONDS), waiter.log.toString());
            proxy.stop();
            BuildFailedException lost = failure(handle);
            assertFalse(lost.isCancellation());
            assertTrue(lost.getMessage().contains("Lost the connection to the Docker engine"), lost.getMessage());
            assertEquals(2, lost.line(), lost.describe());
            EngineUnavailableException down = assertThrows(EngineUnavailableException.class, session::status);
            assertTrue(down.getMessage().contains(proxy.uri()), down.getMessage());

            proxy.start();
            assertTrue(session.status().version().length() > 0, "reconnected");
            session.close();
        }
    }
}

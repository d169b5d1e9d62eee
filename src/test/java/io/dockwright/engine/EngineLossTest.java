package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.build.EngineViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine dies in the middle of a build: a private dockerd (so the shared one keeps serving others) is
 * killed with SIGTERM then SIGKILL while a RUN step runs, then started again on the same socket.
 */
class EngineLossTest {
    @TempDir
    Path context;

    private static final class Recorder implements BuildListener {
        final CountDownLatch running = new CountDownLatch(1);
        final String marker;

        Recorder(String marker) {
            this.marker = marker;
        }

        final List<String> log = new CopyOnWriteArrayList<>();
        final List<BuildState> states = new CopyOnWriteArrayList<>();

        @Override
        public void onLog(String line) {
            log.add(line);
            if (line.contains(marker)) running.countDown();
        }

        @Override
        public void onState(BuildState state) {
            states.add(state);
        }
    }

    private BuildVariant variant(String name, String dockerfile) {
        return new BuildVariant(name, dockerfile, context, null, Map.of(), "host", true, "dockwright-loss-" + name + ":latest");
    }

    @Test
    void killingTheEngineMidBuildFailsClearlyAndTheNextBuildWorksAfterARestart() throws Exception {
        try (EngineFixture shared = EngineFixture.connectOrSkip(1);
             PrivateDockerd daemon = PrivateDockerd.assumeAvailable();
             PooledExecutor builds = new PooledExecutor(1, "loss-build");
             EngineAccess access = new EngineAccess(builds, HostEnvironment.current(), new EngineConnector())) {
            shared.assumeImages("debian:bookworm-slim");
            daemon.start();
            daemon.loadFrom(shared.session.connection().client(), "debian:bookworm-slim");
            EngineViewModel status = new EngineViewModel(new SynchronousExecutor(), access);
            status.endpointProperty().set(daemon.uri());
            status.check();
            assertEquals(EngineViewModel.State.CONNECTED, status.stateProperty().get(), status.detailsProperty().get());
            BuildService service = access.service(daemon.uri());

            Recorder slow = new Recorder("Running in");
            BuildHandle handle = service.start(variant("slow", "FROM debian:bookworm-slim\nRUN echo started && sleep 300\n"),
                    BackendChoice.ENGINE_API, slow);
            assertTrue(slow.running.await(90, TimeUnit.SECONDS), "the RUN step started: " + slow.log);
            daemon.kill(Duration.ofSeconds(3));
            assertFalse(daemon.isRunning());

            ExecutionException e = assertThrows(ExecutionException.class, () -> handle.result().get(60, TimeUnit.SECONDS),
                    "the build ends instead of hanging");
            BuildFailedException lost = assertInstanceOf(BuildFailedException.class, e.getCause());
            assertFalse(lost.isCancellation());
            String message = lost.getMessage();
            assertTrue(message.contains("Docker engine at " + daemon.uri()), message);
            assertTrue(message.contains("did not finish") && message.contains("reconnects when the engine is back"), message);
            assertFalse(message.contains("\tat ") || message.contains("Exception"), "no stack trace or exception name: " + message);
            assertEquals(2, lost.line(), lost.describe());
            assertEquals(BuildState.FAILED, slow.states.get(slow.states.size() - 1), slow.states.toString());

            status.heartbeat(); // what the window's timer does
            assertEquals(EngineViewModel.State.LOST, status.stateProperty().get());
            assertTrue(status.detailsProperty().get().contains(daemon.uri()), status.detailsProperty().get());
            status.heartbeat();
            assertEquals(EngineViewModel.State.LOST, status.stateProperty().get(), "still retrying while the engine is down");

            daemon.start();
            status.heartbeat();
            assertEquals(EngineViewModel.State.CONNECTED, status.stateProperty().get(), status.detailsProperty().get());
            BuildResult again = access.service(daemon.uri())
                    .start(variant("again", "FROM debian:bookworm-slim\nRUN echo back > /back.txt\n"), BackendChoice.ENGINE_API,
                            BuildListener.NONE)
                    .result().get(2, TimeUnit.MINUTES);
            try (EngineSession check = daemon.session()) {
                var inspected = check.connection().client().inspectImageCmd("dockwright-loss-again:latest").exec();
                assertEquals(again.imageId(), inspected.getId(), "the new image is in the restarted engine");
                assertEquals(inspected.getSize(), again.sizeBytes(), "its size is the engine's");
            }

            // the BuildKit backend (docker CLI) loses the engine the same way
            if (BuildKitCli.standard(null).find().isEmpty()) return;
            Recorder bk = new Recorder("RUN --mount");
            BuildVariant bkSlow = new BuildVariant("bk-slow", "FROM debian:bookworm-slim\nRUN --mount=type=tmpfs,target=/t sleep 301\n",
                    context, null, Map.of(), "host", true, "dockwright-loss-bk:latest"); // no bridge network here
            BuildHandle bkHandle = access.service(daemon.uri()).start(bkSlow, BackendChoice.AUTO, bk);
            assertTrue(bk.running.await(90, TimeUnit.SECONDS), "the BuildKit step started: " + bk.log);
            HostProcesses.awaitRunning(60, "sleep", "301"); // the step really runs in the daemon
            daemon.kill(Duration.ofSeconds(3));
            ExecutionException e2 = assertThrows(ExecutionException.class, () -> bkHandle.result().get(60, TimeUnit.SECONDS));
            BuildFailedException bkLost = assertInstanceOf(BuildFailedException.class, e2.getCause());
            assertTrue(bkLost.getMessage().startsWith("Lost the connection to the Docker engine at " + daemon.uri()), bkLost.getMessage());
            assertEquals(2, bkLost.line(), bkLost.describe());
            daemon.start();
            status.heartbeat();
            status.heartbeat();
            assertEquals(EngineViewModel.State.CONNECTED, status.stateProperty().get(), status.detailsProperty().get());
        }
    }
}

package io.dockwright.engine.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineConnection;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

/**
 * A running throw-away container (or one that could not start): its output so far, its exit, where a published
 * port answers. {@link #close} removes it (force, with its anonymous volumes) whatever state it is in.
 */
public final class StartedContainer implements AutoCloseable {
    private final ContainerRunner runner;
    private final EngineConnection connection;
    private final String id;
    private final ContainerSpec spec;
    private final OutputCapture output;
    private final ExitWatch exit;
    private final long startNanos;
    private final String startError;
    private volatile boolean closed;

    StartedContainer(ContainerRunner runner, EngineConnection connection, String id, ContainerSpec spec, OutputCapture output,
                     ExitWatch exit, long startNanos, String startError) {
        this.runner = runner;
        this.connection = connection;
        this.id = id;
        this.spec = spec;
        this.output = output;
        this.exit = exit;
        this.startNanos = startNanos;
        this.startError = startError;
    }

    public String id() {
        return id;
    }

    public ContainerSpec spec() {
        return spec;
    }

    /** Why the engine could not start it (its own words), or null when it started. */
    public String startError() {
        return startError;
    }

    public boolean hasExited() {
        return startError != null || exit.code() != null;
    }

    public CapturedStream stdout() {
        return output == null ? CapturedStream.EMPTY : output.stdout();
    }

    public CapturedStream stderr() {
        return output == null ? CapturedStream.EMPTY : output.stderr();
    }

    /** Where the container's TCP {@code port} is reached from here: 127.0.0.1 with host networking or when published. */
    public InetSocketAddress address(int port) throws EngineLostException, ContainerFailedException {
        if (spec.hostNetwork()) return new InetSocketAddress("127.0.0.1", port);
        try {
            InspectContainerResponse inspect = connection.client().inspectContainerCmd(id).exec();
            Map<ExposedPort, Ports.Binding[]> bindings = inspect.getNetworkSettings().getPorts().getBindings();
            Ports.Binding[] bound = bindings == null ? null : bindings.get(ExposedPort.tcp(port));
            if (bound == null || bound.length == 0 || bound[0].getHostPortSpec() == null) return null;
            return new InetSocketAddress("127.0.0.1", Integer.parseInt(bound[0].getHostPortSpec()));
        } catch (RuntimeException e) {
            throw runner.lostOr(connection, e, "reading the published port of " + spec.image());
        }
    }

    /**
     * Waits until the container exits, {@code timeout} passes (it keeps running; {@link #close} stops it) or
     * {@code cancel} is cancelled, and reports how it ended with the output so far.
     */
    public ContainerRun awaitExit(Duration timeout, CancelToken cancel) throws EngineLostException, ContainerFailedException {
        if (startError != null) return ContainerRun.startFailed(startError, 0);
        long deadline = startNanos + timeout.toNanos();
        while (true) {
            Integer code = exit.code();
            if (code == null && exit.ended()) code = exitCodeAfterBrokenWait();
            if (code != null) return exited(code);
            if (cancel.isCancelled()) return ended(ContainerRun.Ending.CANCELLED);
            if (System.nanoTime() >= deadline) return ended(ContainerRun.Ending.TIMED_OUT);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ended(ContainerRun.Ending.CANCELLED);
            }
        }
    }

    /** The engine's wait stream ended without a status: the engine is gone, or ask it for the state. */
    private Integer exitCodeAfterBrokenWait() throws EngineLostException, ContainerFailedException {
        if (!connection.answers()) {
            throw runner.lost(connection, "while " + spec.image() + "'s container ran", exit.failure());
        }
        try {
            InspectContainerResponse.ContainerState state = connection.client().inspectContainerCmd(id).exec().getState();
            return Boolean.TRUE.equals(state.getRunning()) ? null : state.getExitCodeLong().intValue();
        } catch (RuntimeException e) {
            throw runner.lostOr(connection, e, "inspecting " + spec.image() + "'s container");
        }
    }

    private ContainerRun exited(int code) {
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!output.ended() && System.nanoTime() < until) {
            try {
                Thread.sleep(10); // the attach stream ends just after the exit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long ms = Duration.ofNanos(exit.exitNanos() - startNanos).toMillis();
        return new ContainerRun(ContainerRun.Ending.EXITED, code, stdout(), stderr(), ms, null);
    }

    private ContainerRun ended(ContainerRun.Ending ending) {
        long ms = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        return new ContainerRun(ending, null, stdout(), stderr(), ms, null);
    }

    /** Removes the container; when the engine is gone it is remembered and removed by the runner's next sweep. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (output != null) ContainerRunner.closeQuietly(output);
        if (exit != null) ContainerRunner.closeQuietly(exit);
        runner.remove(connection, id);
    }
}

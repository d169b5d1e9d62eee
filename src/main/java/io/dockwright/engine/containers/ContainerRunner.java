package io.dockwright.engine.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs images in throw-away containers through docker-java (create, attach, start, wait, remove with force):
 * no TTY, no stdin, the engine keeps no log (output is attached before the start, each stream capped), the
 * container labelled and named for clean-up by {@link Leftovers}, and always removed afterwards, also on
 * timeout and cancel; a container the engine could not be asked to remove (it was lost) goes at the next
 * {@link #removeLeftovers()}. Thread-safe; calls block, so run them off the UI thread.
 */
public final class ContainerRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRunner.class);
    /** The hostname every container gets (not with host networking), so output naming it is the same. */
    public static final String HOSTNAME = "dockwright-throwaway";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EngineSession session;
    private final Leftovers leftovers;

    public ContainerRunner(EngineSession session, Leftovers leftovers) {
        this.session = session;
        this.leftovers = leftovers;
    }

    public Leftovers leftovers() {
        return leftovers;
    }

    /** Runs {@code spec} until it exits, {@code timeout} passes or {@code cancel} fires; the container is removed. */
    public ContainerRun run(ContainerSpec spec, Duration timeout, CancelToken cancel)
            throws EngineUnavailableException, EngineLostException, ContainerFailedException {
        try (StartedContainer c = start(spec)) {
            return c.awaitExit(timeout, cancel);
        }
    }

    /**
     * Creates, attaches to and starts a container for {@code spec}. When the engine refuses to create or start it
     * (no such command, a bad network), the result says why in {@link StartedContainer#startError()}.
     */
    public StartedContainer start(ContainerSpec spec) throws EngineUnavailableException, EngineLostException, ContainerFailedException {
        EngineConnection connection = session.connection();
        DockerClient client = connection.client();
        String id;
        try {
            id = create(client, spec, spec.entrypoint());
        } catch (RuntimeException e) {
            if (!connection.answers()) throw lost(connection, "creating a container of " + spec.image(), e);
            return new StartedContainer(this, connection, null, spec, null, null, System.nanoTime(), engineMessage(e));
        }
        OutputCapture output = null;
        try {
            output = client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(false)
                    .exec(new OutputCapture(spec.outputCap()));
            if (!output.awaitStarted(30, TimeUnit.SECONDS)) throw new IllegalStateException("attaching took over 30 s");
            long startNanos = System.nanoTime();
            try {
                client.startContainerCmd(id).exec();
            } catch (RuntimeException e) {
                if (!connection.answers()) throw e;
                closeQuietly(output);
                return new StartedContainer(this, connection, id, spec, null, null, startNanos, engineMessage(e));
            }
            ExitWatch exit = client.waitContainerCmd(id).exec(new ExitWatch());
            return new StartedContainer(this, connection, id, spec, output, exit, startNanos, null);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            if (output != null) closeQuietly(output);
            remove(connection, id);
            throw lostOr(connection, e, "starting a container of " + spec.image());
        }
    }

    private String create(DockerClient client, ContainerSpec spec, List<String> entrypoint) {
        HostConfig host = HostConfig.newHostConfig().withLogConfig(new LogConfig(LogConfig.LoggingType.NONE));
        if (spec.networkMode() != null) host.withNetworkMode(spec.networkMode());
        CreateContainerCmd create = client.createContainerCmd(spec.image()).withName(leftovers.nextName(spec.role()))
                .withLabels(leftovers.labels()).withTty(false).withStdinOpen(false)
                .withAttachStdout(true).withAttachStderr(true).withAttachStdin(false);
        if (!spec.hostNetwork()) create.withHostName(HOSTNAME);
        if (spec.publishPort() > 0 && !spec.hostNetwork() && !spec.noNetwork()) {
            ExposedPort port = ExposedPort.tcp(spec.publishPort());
            create.withExposedPorts(port);
            host.withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), port));
        }
        if (entrypoint != null) create.withEntrypoint(entrypoint.isEmpty() ? List.of("") : entrypoint);
        if (spec.cmd() != null) create.withCmd(spec.cmd());
        String id = create.withHostConfig(host).exec().getId();
        leftovers.started(id);
        return id;
    }

    /**
     * Reads files from {@code image} without running it: a container is created (never started), each path is
     * fetched through the Engine API's archive endpoint (symlinks followed inside the image), the container removed.
     * Paths that do not exist (or are directories) are absent from the answer.
     */
    public java.util.Map<String, FileContent> readFiles(String image, List<String> paths, long maxBytes)
            throws EngineUnavailableException, EngineLostException, ContainerFailedException {
        EngineConnection connection = session.connection();
        DockerClient client = connection.client();
        ContainerSpec spec = new ContainerSpec(image, null, null, "none", 0, "read", 0);
        String id = null;
        try {
            id = create(client, spec, List.of("/dockwright-never-started"));
            return new ArchiveReader(client, id, maxBytes).read(paths);
        } catch (RuntimeException | IOException e) {
            throw lostOr(connection, e, "reading files of " + image);
        } finally {
            if (id != null) remove(connection, id);
        }
    }

    /** Removes this runner's leftovers and those of dead owners; returns how many went. */
    public int removeLeftovers() throws EngineUnavailableException {
        return leftovers.sweep(session.connection().client());
    }

    void remove(EngineConnection connection, String id) {
        if (id != null) leftovers.remove(connection.client(), id);
    }

    EngineLostException lost(EngineConnection connection, String during, Throwable cause) {
        session.reset();
        return new EngineLostException("Lost the connection to the Docker engine at " + connection.endpoint().uri() + " "
                + during + "; the container is removed when the engine is back.", cause);
    }

    /** The engine's loss when it no longer answers; otherwise a failure of the call itself. */
    ContainerFailedException lostOr(EngineConnection connection, Exception e, String during) throws EngineLostException {
        if (!connection.answers()) throw lost(connection, during, e);
        return new ContainerFailedException("The Docker engine failed " + during + ": " + engineMessage(e), e);
    }

    /** The engine's own message from a docker-java error ({@code Status 400: {"message":"..."}}), else the exception's. */
    static String engineMessage(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int brace = m.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode n = JSON.readTree(m.substring(brace));
                if (n.hasNonNull("message")) return n.get("message").asText().strip();
            } catch (IOException notJson) {
                // keep the raw text
            }
        }
        return m.strip();
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a container stream failed (already closed)", e);
        }
    }
}

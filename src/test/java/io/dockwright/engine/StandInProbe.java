package io.dockwright.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Looks at an image the way a Dockerfile meets it, through the real engine: its config (inspect), files (copied out
 * of a container that is never started, so images without a shell work) and commands run in throw-away containers
 * without a network. Every container is removed afterwards.
 */
final class StandInProbe {
    /** What a command printed (stdout and stderr together) and its exit code. */
    record Run(int exitCode, String output) {
    }

    private final DockerClient client;

    StandInProbe(DockerClient client) {
        this.client = client;
    }

    ContainerConfig config(String image) {
        return client.inspectImageCmd(image).exec().getConfig();
    }

    static Map<String, String> env(ContainerConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : Optional.ofNullable(config.getEnv()).orElse(new String[0])) {
            int eq = entry.indexOf('=');
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return env;
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** Runs {@code sh -c script} in the image (its entrypoint replaced), as the image's user. */
    Run sh(String image, String script) throws InterruptedException {
        return run(image, c -> c.withEntrypoint("/bin/sh", "-c", script));
    }

    /** Runs the image with its own entrypoint and the given command. */
    Run withCmd(String image, String... cmd) throws InterruptedException {
        return run(image, c -> {
            if (cmd.length > 0) c.withCmd(cmd);
        });
    }

    /** Runs the image with the given entrypoint (no command). */
    Run withEntrypoint(String image, String... entrypoint) throws InterruptedException {
        return run(image, c -> c.withEntrypoint(entrypoint).withCmd(List.of()));
    }

    private Run run(String image, Consumer<CreateContainerCmd> setUp) throws InterruptedException {
        CreateContainerCmd create = client.createContainerCmd(image).withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"));
        setUp.accept(create);
        String id = create.exec().getId();
        try {
            client.startContainerCmd(id).exec();
            int code = client.waitContainerCmd(id).start().awaitStatusCode(120, TimeUnit.SECONDS);
            return new Run(code, logs(id));
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    /** A file of the image, read from a created (never started) container; empty when there is none. */
    Optional<String> file(String image, String path) throws IOException {
        String id = client.createContainerCmd(image).withEntrypoint("/nonexistent").exec().getId();
        try (InputStream tar = client.copyArchiveFromContainerCmd(id, path).exec();
             TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
            TarArchiveEntry entry = in.getNextEntry();
            if (entry == null) return Optional.empty();
            if (entry.isSymbolicLink()) return Optional.of("-> " + entry.getLinkName());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return Optional.of(out.toString(StandardCharsets.UTF_8));
        } catch (com.github.dockerjava.api.exception.NotFoundException notThere) {
            return Optional.empty();
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    /**
     * Starts the image as it is (entrypoint and command, no network), then runs {@code probe} inside it until it
     * exits 0 or the time is up; returns the last result. The container is removed afterwards.
     */
    Run serveAndProbe(String image, String... probe) throws InterruptedException {
        String id = client.createContainerCmd(image).withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
                .exec().getId();
        try {
            client.startContainerCmd(id).exec();
            Run last = new Run(-1, "never ran");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                last = exec(id, probe);
                if (last.exitCode() == 0) return last;
                Thread.sleep(300);
            }
            return new Run(last.exitCode(), last.output() + "\n--- container log:\n" + logs(id));
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private Run exec(String id, String... cmd) throws InterruptedException {
        String exec = client.execCreateCmd(id).withCmd(cmd).withAttachStdout(true).withAttachStderr(true).exec().getId();
        StringBuilder out = new StringBuilder();
        client.execStartCmd(exec).exec(collector(out)).awaitCompletion(30, TimeUnit.SECONDS);
        Long code = client.inspectExecCmd(exec).exec().getExitCodeLong();
        return new Run(code == null ? -1 : code.intValue(), out.toString());
    }

    private String logs(String id) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        client.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false)
                .exec(collector(out)).awaitCompletion(30, TimeUnit.SECONDS);
        return out.toString();
    }

    private static ResultCallback.Adapter<Frame> collector(StringBuilder out) {
        return new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }
        };
    }
}

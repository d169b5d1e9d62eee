package io.dockwright.engine.builds;

import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.EngineEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds with BuildKit through the docker CLI ({@code DOCKER_BUILDKIT=1 docker build --progress=plain -f - DIR}):
 * an argument list, never a shell; the Dockerfile text goes in on stdin; the CLI applies {@code .dockerignore}.
 * Talks to the same engine as the session. Cancel stops the CLI, which cancels the build.
 */
public final class CliBuildBackend implements BuildBackend {
    private static final Logger LOG = LoggerFactory.getLogger(CliBuildBackend.class);
    private final EngineSession session;
    private final BuildKitCli cli;

    public CliBuildBackend(EngineSession session, BuildKitCli cli) {
        this.session = session;
        this.cli = cli;
    }

    @Override
    public String name() {
        return "BuildKit (docker CLI)";
    }

    @Override
    public String build(BuildRun run) throws BuildFailedException, EngineUnavailableException {
        Path docker = cli.find().orElseThrow(() -> BuildFailedException.of(cli.whyNone(), null));
        EngineConnection connection = session.connection();
        BuildVariant v = run.variant();
        Path iid = null;
        try {
            iid = Files.createTempFile("dockwright-iid-", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command(docker, v, iid)).redirectErrorStream(true);
            environment(pb.environment(), connection.endpoint());
            run.listener().onState(BuildState.BUILDING);
            Process process = pb.start();
            run.onCancel(() -> stop(process));
            try (OutputStream in = process.getOutputStream()) {
                in.write(v.dockerfileText().getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) { // the CLI exited before reading everything: its output says why
                LOG.debug("The docker CLI closed its input early", closedEarly);
            }
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                String lastError = null;
                while ((line = out.readLine()) != null) {
                    run.output(line + "\n");
                    String clean = Ansi.strip(line).strip();
                    int at = clean.indexOf("ERROR: ");
                    if (at >= 0) lastError = clean.substring(at + 7);
                    else if (clean.startsWith("error:") || clean.startsWith("failed to")) lastError = clean;
                }
                int exit = process.waitFor();
                if (run.isCancelled()) throw BuildFailedException.cancellation();
                if (exit != 0) {
                    throw new EngineLoss(session, connection).failure(run,
                            lastError != null ? lastError : "docker build exited with " + exit, null);
                }
            }
            String id = Files.readString(iid, StandardCharsets.UTF_8).strip();
            if (id.isEmpty()) throw run.failure("docker build wrote no image id", null);
            return id;
        } catch (IOException e) {
            if (run.isCancelled()) throw BuildFailedException.cancellation(); // the stopped CLI closed its output
            throw BuildFailedException.of("Cannot run " + docker + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BuildFailedException.cancellation();
        } finally {
            if (iid != null) iid.toFile().delete();
        }
    }

    static List<String> command(Path docker, BuildVariant v, Path iidFile) {
        List<String> cmd = new ArrayList<>(List.of(docker.toString(), "build", "--progress=plain", "-f", "-",
                "--iidfile", iidFile.toString()));
        if (v.tag() != null) cmd.addAll(List.of("-t", v.tag()));
        if (v.target() != null) cmd.addAll(List.of("--target", v.target()));
        if (v.networkMode() != null) cmd.addAll(List.of("--network", v.networkMode()));
        if (v.noCache()) cmd.add("--no-cache");
        v.buildArgs().forEach((k, val) -> cmd.addAll(List.of("--build-arg", k + "=" + val)));
        cmd.add(v.contextDir().toAbsolutePath().toString());
        return cmd;
    }

    private static void environment(Map<String, String> env, EngineEndpoint endpoint) {
        env.put("DOCKER_BUILDKIT", "1");
        env.put("DOCKER_HOST", endpoint.uri());
        env.remove("DOCKER_CONTEXT");
        if (endpoint.tlsVerify()) {
            env.put("DOCKER_TLS_VERIFY", "1");
            env.put("DOCKER_CERT_PATH", endpoint.certPath());
        } else {
            env.remove("DOCKER_TLS_VERIFY");
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

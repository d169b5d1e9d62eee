package io.dockwright.optimize.examples;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a built image in a throw-away container and observes what an {@link ExampleCheck} asks about: output and
 * exit code (network none), or one HTTP answer (network host; the server's port must be free before it starts).
 * Containers are removed with their anonymous volumes, also when the check fails or times out.
 */
public final class ExampleRunner {
    private static final int OUTPUT_CAP = 1 << 20;
    private final DockerClient docker;
    private final Duration exitTimeout;
    private final Duration serverTimeout;

    public ExampleRunner(DockerClient docker, Duration exitTimeout, Duration serverTimeout) {
        this.docker = docker;
        this.exitTimeout = exitTimeout;
        this.serverTimeout = serverTimeout;
    }

    /** What a command printed and how it ended; {@code timedOut} when it was killed at the exit timeout. */
    public record Run(int exitCode, String stdout, String stderr, boolean timedOut) { }

    /** One HTTP answer (two requests when the check has a volatile pattern) and the server's output so far. */
    public record Answer(int status, String body, String secondBody, String logs) { }

    public Run run(String image, ExampleCheck.Output check) throws Exception {
        CreateContainerCmd create = docker.createContainerCmd(image)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"));
        if (!check.command().isEmpty()) create.withCmd(check.command());
        String id = create.exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            Integer code;
            boolean timedOut = false;
            try {
                code = docker.waitContainerCmd(id).start().awaitStatusCode(exitTimeout.toSeconds(), TimeUnit.SECONDS);
            } catch (DockerClientException notInTime) {
                docker.killContainerCmd(id).exec();
                code = -1;
                timedOut = true;
            }
            String[] out = logs(id);
            return new Run(code == null ? -1 : code, out[0], out[1], timedOut);
        } finally {
            remove(id);
        }
    }

    public Answer serve(String image, ExampleCheck.Http check) throws Exception {
        if (listening(check.port())) {
            throw new IllegalStateException("port " + check.port() + " already answers before the container starts");
        }
        String id = docker.createContainerCmd(image)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("host")).exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI uri = URI.create("http://127.0.0.1:" + check.port() + check.path());
            HttpResponse<String> first = firstAnswer(http, uri, id);
            String second = check.volatilePattern() == null ? null : get(http, uri).body();
            return new Answer(first.statusCode(), first.body(), second, String.join("\n", logs(id)));
        } finally {
            remove(id);
        }
    }

    /** Polls until the server answers, the container exits (then it fails with the logs) or the timeout passes. */
    private HttpResponse<String> firstAnswer(HttpClient http, URI uri, String id) throws Exception {
        long deadline = System.nanoTime() + serverTimeout.toNanos();
        while (true) {
            try {
                return get(http, uri);
            } catch (IOException notYet) {
                if (!Boolean.TRUE.equals(docker.inspectContainerCmd(id).exec().getState().getRunning())) {
                    throw new IllegalStateException("the server exited before answering " + uri + ":\n"
                            + String.join("\n", logs(id)));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no answer from " + uri + " within " + serverTimeout.toSeconds()
                            + " s:\n" + String.join("\n", logs(id)));
                }
                Thread.sleep(250);
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** stdout and stderr, each capped. */
    private String[] logs(String id) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false)
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        StringBuilder to = frame.getStreamType() == StreamType.STDERR ? err : out;
                        if (to.length() < OUTPUT_CAP) to.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                    }
                }).awaitCompletion(30, TimeUnit.SECONDS);
        return new String[] {out.toString(), err.toString()};
    }

    private void remove(String id) {
        docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    }
}

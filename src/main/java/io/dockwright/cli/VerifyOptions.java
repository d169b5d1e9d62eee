package io.dockwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.compare.Comparison;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.CommandProbe;
import io.dockwright.optimize.verification.HttpProbe;
import io.dockwright.optimize.verification.IgnoreRule;
import io.dockwright.optimize.verification.Probes;
import io.dockwright.optimize.verification.VerdictFormatter;
import io.dockwright.optimize.verification.VerificationListener;
import io.dockwright.optimize.verification.VerificationOptions;
import io.dockwright.optimize.verification.VerificationRequest;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.Verifier;
import io.dockwright.optimize.verification.files.EngineFileDifferences;
import io.dockwright.optimize.verification.files.FileCheck;
import io.dockwright.engine.images.ImageReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/** The verification options of {@code compare} and {@code optimize}, and running it with Ctrl-C cleaning up. */
final class VerifyOptions {
    @Option(names = "--verify", description = "Run both images and compare what they do (implied by the probe options).")
    boolean verify;

    @Option(names = "--probe-cmd", paramLabel = "CMD", description = "A command to run in both images instead of their "
            + "ENTRYPOINT/CMD: a JSON array (exec form) or text run by /bin/sh -c in the container (repeatable).")
    List<String> commands = new ArrayList<>();

    @Option(names = "--probe-http", paramLabel = "PORT:PATH", description = "GET PATH on the container's PORT "
            + "in each image, one after the other, and compare status and body (repeatable).")
    List<String> http = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "REGEX", description = "A volatile part of output and bodies to ignore "
            + "(Java regex, e.g. a timestamp; repeatable).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--run-network", paramLabel = "MODE", description = "Network of the command runs (default: ${DEFAULT-VALUE}).",
            defaultValue = "none")
    String runNetwork;

    @Option(names = "--verify-timeout", paramLabel = "SECONDS", description = "How long a command may run (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int timeoutSeconds;

    @Option(names = "--port-timeout", paramLabel = "SECONDS", description = "How long the HTTP probe waits for the port "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int portTimeoutSeconds;

    private Probes probes = Probes.NONE;

    boolean wanted() {
        return verify || !commands.isEmpty() || !http.isEmpty() || !ignore.isEmpty();
    }

    /** Parses the probes; a bad one is an {@link IllegalArgumentException} naming it. */
    void validate() {
        if (timeoutSeconds < 1 || portTimeoutSeconds < 1) throw new IllegalArgumentException("--verify-timeout and --port-timeout must be at least 1");
        probes = new Probes(commands.stream().map(CommandProbe::new).toList(), http.stream().map(HttpProbe::parse).toList(),
                ignore.stream().map(IgnoreRule::new).toList());
    }

    Probes probes() {
        return probes;
    }

    /** The time limits and networks of the runs; {@code network} is the HTTP probe's (the builds' network). */
    VerificationOptions options(String network) {
        return VerificationOptions.DEFAULTS.withCommandTimeout(Duration.ofSeconds(timeoutSeconds))
                .withPortTimeout(Duration.ofSeconds(portTimeoutSeconds)).withRunNetwork(runNetwork).withHttpNetwork(network);
    }

    /** Verifies the two built images (with the file check); progress lines go to {@code progress} (null: quiet). */
    Verdict run(EngineSession session, Comparison built, String originalBase, String optimizedBase, String optimizedText,
                String network, PrintWriter progress) {
        FileCheck files = new FileCheck(new EngineFileDifferences(session, new ImageReader(),
                Map.of(built.original().imageId(), built.original().layers())), FileCheck.multiStage(optimizedText));
        Verifier verifier = new Verifier(session, new ContainerRunner(session, new Leftovers("verify")), new ImageAnalyzer(),
                options(network), List.of(files), Clock.systemUTC());
        VerificationRequest request = new VerificationRequest(built.original().imageId(), built.optimized().imageId(),
                originalBase, optimizedBase, probes, List.of());
        return cancellable(cancel -> verifier.verify(request, listener(progress), cancel));
    }

    /** Runs {@code work} with a cancel token that Ctrl-C trips; the JVM then waits (up to 20 s) for the cleanup. */
    static <T> T cancellable(Function<CancelToken, T> work) {
        CancelToken cancel = new CancelToken();
        CountDownLatch done = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            cancel.cancel();
            try {
                done.await(20, TimeUnit.SECONDS); // let the running container be removed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "verify-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return work.apply(cancel);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it sees done
            }
        }
    }

    static VerificationListener listener(PrintWriter progress) {
        if (progress == null) return VerificationListener.NONE;
        return new VerificationListener() {
            @Override
            public void onProgress(String message) {
                progress.println("[verify] " + message);
                progress.flush();
            }

            @Override
            public void onCheckFinished(CheckResult r) {
                progress.println("[verify] " + r.title() + ": " + r.outcome());
                progress.flush();
            }
        };
    }

    /** The comparison's JSON with the verdict under {@code verification}. */
    static String json(String comparisonJson, Verdict verdict) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            ObjectNode root = (ObjectNode) mapper.readTree(comparisonJson);
            root.set("verification", new VerdictFormatter().tree(verdict));
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

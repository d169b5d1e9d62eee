package io.dockwright.optimize.verification;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.EngineLostException;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.engine.result.ImageConfig;
import io.dockwright.optimize.verification.checks.StandardChecks;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies that an optimized image behaves like the original, on the engine, without the UI: compares the
 * image configs and accounts, runs both default commands and the probes in throw-away containers (one after
 * the other), then any extra checks (e.g. the file check), and returns a {@link Verdict}. Leftover containers
 * of earlier runs are removed first. Blocking; run it off the UI thread.
 */
public final class Verifier {
    private static final Logger LOG = LoggerFactory.getLogger(Verifier.class);
    private final EngineSession session;
    private final ContainerRunner runner;
    private final ImageAnalyzer analyzer;
    private final VerificationOptions options;
    private final List<Check> extraChecks;
    private final Clock clock;

    public Verifier(EngineSession session, ContainerRunner runner, ImageAnalyzer analyzer, VerificationOptions options,
                    List<Check> extraChecks, Clock clock) {
        this.session = session;
        this.runner = runner;
        this.analyzer = analyzer;
        this.options = options;
        this.extraChecks = List.copyOf(extraChecks);
        this.clock = clock;
    }

    public VerificationOptions options() {
        return options;
    }

    /** Verifies {@code optimized} against {@code original} with {@code probes}; no listener, no cancel. */
    public Verdict verify(String original, String optimized, Probes probes) {
        return verify(VerificationRequest.of(original, optimized, probes), VerificationListener.NONE, CancelToken.none());
    }

    public Verdict verify(VerificationRequest request, VerificationListener listener, CancelToken cancel) {
        long t0 = System.nanoTime();
        String at = clock.instant().toString();
        List<Check> checks = checksFor(request.probes());
        List<CheckResult> results = new ArrayList<>();
        String stopped = null;
        CheckContext ctx = null;
        try {
            ctx = context(request, listener, cancel);
        } catch (EngineUnavailableException e) {
            stopped = "no Docker engine answered: " + e.getMessage().lines().findFirst().orElse("");
        } catch (EngineLostException | IOException e) {
            stopped = e instanceof EngineLostException ? "the engine was lost: " + e.getMessage() : e.getMessage();
        }
        for (Check check : checks) {
            if (stopped == null && cancel.isCancelled()) stopped = "cancelled";
            if (stopped != null) {
                results.add(CheckResult.notChecked(check.id(), check.title(), "not run: " + stopped, "", 0));
                continue;
            }
            listener.onCheckStarted(check.id(), check.title());
            long c0 = System.nanoTime();
            CheckResult r;
            try {
                r = check.run(ctx);
            } catch (EngineLostException e) {
                stopped = "the engine was lost: " + e.getMessage();
                r = CheckResult.notChecked(check.id(), check.title(), stopped, "", 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
                r = CheckResult.notChecked(check.id(), check.title(), "cancelled", "", 0);
            } catch (Exception e) {
                LOG.warn("Verification check {} failed", check.id(), e);
                r = CheckResult.notChecked(check.id(), check.title(), "could not run: " + message(e), "", 0);
            }
            r = r.withTime((System.nanoTime() - c0) / 1_000_000);
            if (cancel.isCancelled() && stopped == null) stopped = "cancelled";
            results.add(r);
            listener.onCheckFinished(r);
        }
        Verdict verdict = Verdict.of(request.originalImage(), request.optimizedImage(), at, (System.nanoTime() - t0) / 1_000_000,
                results, stopped);
        LOG.info("Verified {} against {}: {}", request.optimizedImage(), request.originalImage(), verdict.summary());
        return verdict;
    }

    /** The checks for these probes, in the order they run: the {@link StandardChecks}, then the extra checks. */
    public List<Check> checksFor(Probes probes) {
        List<Check> checks = new ArrayList<>(StandardChecks.of(probes));
        checks.addAll(extraChecks);
        return checks;
    }

    private CheckContext context(VerificationRequest request, VerificationListener listener, CancelToken cancel)
            throws EngineUnavailableException, EngineLostException, IOException {
        EngineConnection connection = session.connection();
        try {
            runner.removeLeftovers();
        } catch (RuntimeException e) {
            LOG.warn("Could not sweep leftover throw-away containers", e);
            if (!connection.answers()) throw new EngineLostException("the engine stopped answering: " + message(e), e);
        }
        listener.onProgress("reading the image configs");
        ImageConfig a = config(connection, request.originalImage(), "original");
        ImageConfig b = config(connection, request.optimizedImage(), "optimized");
        ImageConfig baseA = baseConfig(connection, request.originalBase());
        ImageConfig baseB = baseConfig(connection, request.optimizedBase());
        return new CheckContext(request, options, runner, a, b, baseA, baseB, cancel, listener);
    }

    /** A base image's config; null when none is named or the engine does not have it (then nothing counts as inherited). */
    private ImageConfig baseConfig(EngineConnection connection, String image) {
        if (image == null) return null;
        try {
            return ImageConfig.of(analyzer.inspect(connection.http(), image));
        } catch (IOException notLocal) {
            LOG.info("Base image {} is not on the engine: nothing counts as inherited from it", image, notLocal);
            return null;
        }
    }

    private ImageConfig config(EngineConnection connection, String image, String which) throws IOException, EngineLostException {
        try {
            return ImageConfig.of(analyzer.inspect(connection.http(), image));
        } catch (IOException e) {
            if (!connection.answers()) throw new EngineLostException("reading the " + which + " image: " + e.getMessage(), e);
            throw new IOException("cannot read the " + which + " image " + image + ": " + e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

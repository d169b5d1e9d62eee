package io.dockwright.optimize.verification;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.builds.DockerfileOutline;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.optimize.verification.files.EngineFileDifferences;
import io.dockwright.optimize.verification.files.FileCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * Builds the original and the rewrite one after the other, then verifies the rewrite's image against the
 * original's with the standard checks and the file check. A rewrite that does not build is a DIFFERS verdict
 * naming the line; an original that does not build, or a cancel during the builds, ends without a verdict.
 * Blocking; run it off the UI thread.
 */
public final class BuildAndVerify {
    private final EngineSession session;
    private final BuildService builds;
    private final ContainerRunner runner;
    private final ImageAnalyzer analyzer;
    private final Clock clock;

    public BuildAndVerify(EngineSession session, BuildService builds, ContainerRunner runner, ImageAnalyzer analyzer, Clock clock) {
        this.session = session;
        this.builds = builds;
        this.runner = runner;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /**
     * What to build and check.
     *
     * @param network   the builds' network (null: the engine's default, as {@code docker build})
     * @param tagPrefix the images are tagged PREFIX:original and PREFIX:optimized
     */
    public record Input(String originalText, String optimizedText, Path context, String target, Map<String, String> buildArgs,
                        String network, BackendChoice backend, String tagPrefix, Probes probes, List<Intended> intended,
                        VerificationOptions options) {
        public Input {
            buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
            backend = backend == null ? BackendChoice.AUTO : backend;
            probes = probes == null ? Probes.NONE : probes;
            intended = intended == null ? List.of() : List.copyOf(intended);
            options = options == null ? VerificationOptions.DEFAULTS : options;
        }
    }

    /**
     * The outcome: both builds and the verdict, or why there is no verdict ({@code stopped}: the original does not
     * build, cancelled, no engine).
     */
    public record Result(BuildResult original, BuildResult optimized, Verdict verdict, String stopped) {
        public boolean verified() {
            return verdict != null && verdict.outcome() == Outcome.EQUIVALENT;
        }
    }

    /** Builds both (build log lines go to {@code log}, labelled) and verifies. */
    public Result run(Input in, BiConsumer<String, String> log, VerificationListener listener, CancelToken cancel) {
        BuildResult original;
        try {
            listener.onProgress("building the original");
            original = build(in, "original", in.originalText(), log, cancel);
        } catch (BuildFailedException e) {
            return new Result(null, null, null, e.isCancellation() ? "cancelled" : "the original does not build: " + e.describe());
        }
        BuildResult optimized;
        try {
            listener.onProgress("building the rewrite");
            optimized = build(in, "optimized", in.optimizedText(), log, cancel);
        } catch (BuildFailedException e) {
            if (e.isCancellation()) return new Result(original, null, null, "cancelled");
            CheckResult build = CheckResult.compared("build", "The rewrite builds", "the rewrite does not build: " + e.describe(),
                    "built the rewrite on the engine", "whether both build", 0,
                    List.of(new Finding(Finding.Kind.DIFFERENCE, e.line() > 0 ? "line " + e.line() : "build", "builds",
                            "fails: " + e.getMessage(), e.instruction())));
            return new Result(original, null, Verdict.of(original.imageId(), "", clock.instant().toString(), 0, List.of(build), null), null);
        }
        Verifier verifier = new Verifier(session, runner, analyzer, in.options(), List.of(new FileCheck(new EngineFileDifferences(
                session, new ImageReader(), Map.of(original.imageId(), original.layers())), FileCheck.multiStage(in.optimizedText()))), clock);
        VerificationRequest request = new VerificationRequest(original.imageId(), optimized.imageId(),
                DockerfileOutline.of(in.originalText()).externalBase(in.target(), in.buildArgs()),
                DockerfileOutline.of(in.optimizedText()).externalBase(in.target(), in.buildArgs()), in.probes(), in.intended());
        return new Result(original, optimized, verifier.verify(request, listener, cancel), null);
    }

    private BuildResult build(Input in, String label, String text, BiConsumer<String, String> log, CancelToken cancel)
            throws BuildFailedException {
        if (cancel.isCancelled()) throw BuildFailedException.cancellation();
        BuildVariant v = new BuildVariant(label, text, in.context(), in.target(), in.buildArgs(), in.network(), false,
                in.tagPrefix() + ":" + label);
        BuildHandle handle = builds.start(v, in.backend(), new BuildListener() {
            @Override
            public void onLog(String line) {
                log.accept(label, line);
            }
        });
        try (CancelToken.Registration r = cancel.onCancel(handle::cancel)) {
            return handle.result().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BuildFailedException f) throw f;
            throw BuildFailedException.of(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            throw BuildFailedException.cancellation();
        }
    }
}

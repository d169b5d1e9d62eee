package io.dockwright.engine.builds;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Failures;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.logging.Secrets;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs builds on the caller's bounded executor (one thread: one after the other; two: both at once) with
 * the chosen backend, then reads the image's size and layers. Events go to each build's own listener.
 */
public final class BuildService {
    private static final Logger LOG = LoggerFactory.getLogger(BuildService.class);
    private final BackgroundExecutor executor;
    private final EngineSession session;
    private final BuildBackend api;
    private final BuildBackend buildKit;
    private final ImageAnalyzer analyzer;

    public BuildService(BackgroundExecutor executor, EngineSession session, BuildBackend api, BuildBackend buildKit,
                        ImageAnalyzer analyzer) {
        this.executor = executor;
        this.session = session;
        this.api = api;
        this.buildKit = buildKit;
        this.analyzer = analyzer;
    }

    public BuildHandle start(BuildVariant variant, BackendChoice choice, BuildListener listener) {
        Secrets.addAll(variant.buildArgs().values()); // the log names build args, never their values
        BuildRun run = new BuildRun(variant, listener);
        BuildHandle handle = new BuildHandle(run);
        listener.onState(BuildState.QUEUED);
        executor.submit(() -> execute(handle, choice), r -> { }, Failures.log("Building " + variant.label()));
        return handle;
    }

    private BuildResult execute(BuildHandle handle, BackendChoice choice) {
        BuildRun run = handle.run();
        BuildListener listener = run.listener();
        handle.started(System.nanoTime());
        BuildBackend backend = choice.resolve(run.variant().dockerfileText()) == BackendChoice.BUILDKIT_CLI ? buildKit : api;
        try {
            if (run.isCancelled()) throw BuildFailedException.cancellation();
            listener.onLog("Building " + run.variant().label() + " with " + backend.name());
            LOG.info("Building {} with {}", run.variant(), backend.name());
            String imageId = backend.build(run);
            handle.ended(System.nanoTime());
            listener.onState(BuildState.ANALYSING);
            double seconds = handle.elapsed().toNanos() / 1e9;
            BuildVariant v = run.variant();
            BuildResult result = analyzer.analyse(session.connection().http(), imageId, v.label(), v.tag(),
                    v.dockerfileText(), v.target(), v.buildArgs(), seconds, backend.name());
            LOG.info("Built {}: image {}, {} bytes in {} s", v.label(), imageId, result.sizeBytes(), String.format("%.1f", seconds));
            listener.onSuccess(result);
            listener.onState(BuildState.SUCCEEDED);
            handle.result().complete(result);
            return result;
        } catch (BuildFailedException e) {
            return fail(handle, HeredocSupport.explain(e, run.outline(), this::engineName, backend == api).orElse(e));
        } catch (EngineUnavailableException e) {
            return fail(handle, BuildFailedException.of(e.getMessage(), e));
        } catch (IOException e) {
            return fail(handle, BuildFailedException.of("Built, but reading the image failed: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            return fail(handle, run.failure("Build failed: " + e, e));
        }
    }

    private String engineName() {
        try {
            EngineStatus s = session.status();
            return s.name() + " " + s.version() + " (API " + s.apiVersion() + ")";
        } catch (EngineUnavailableException e) {
            LOG.debug("The engine's name for a message: it does not answer", e);
            return "the engine";
        }
    }

    private BuildResult fail(BuildHandle handle, BuildFailedException e) {
        handle.ended(System.nanoTime());
        String label = handle.run().variant().label();
        if (e.isCancellation()) LOG.info("Build of {} cancelled", label);
        else LOG.warn("Build of {} failed: {}", label, e.describe(), e.getCause());
        BuildListener listener = handle.run().listener();
        listener.onFailure(e);
        listener.onState(e.isCancellation() ? BuildState.CANCELLED : BuildState.FAILED);
        handle.result().completeExceptionally(e);
        return null;
    }
}

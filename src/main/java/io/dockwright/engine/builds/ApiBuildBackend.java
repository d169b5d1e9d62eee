package io.dockwright.engine.builds;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Container;
import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.context.BuildContext;
import io.dockwright.engine.context.ContextPacker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds through the Engine API with docker-java (the classic builder): the context packed by
 * {@link ContextPacker}, intermediate containers always removed ({@code forcerm}); cancel closes the stream,
 * which makes the engine stop the build. The step containers this build ran in (named in its own output) are
 * removed afterwards if the engine left any; no other container is ever touched.
 */
public final class ApiBuildBackend implements BuildBackend {
    private static final Logger LOG = LoggerFactory.getLogger(ApiBuildBackend.class);
    private final EngineSession session;
    private final ContextPacker packer;

    public ApiBuildBackend(EngineSession session, ContextPacker packer) {
        this.session = session;
        this.packer = packer;
    }

    @Override
    public String name() {
        return "Engine API (classic builder)";
    }

    @Override
    public String build(BuildRun run) throws BuildFailedException, EngineUnavailableException {
        BuildVariant v = run.variant();
        EngineConnection connection = session.connection();
        DockerClient client = connection.client();
        run.listener().onState(BuildState.PACKING_CONTEXT);
        try (BuildContext context = packer.pack(v.contextDir(), v.dockerfileText());
             InputStream tar = Files.newInputStream(context.tarFile())) {
            run.listener().onContext(context.sizeBytes(), context.sizeWarning());
            if (run.isCancelled()) throw BuildFailedException.cancellation();
            run.listener().onState(BuildState.BUILDING);
            Callback callback = new Callback(run);
            BuildImageCmd cmd = client.buildImageCmd(tar)
                    .withDockerfilePath(context.dockerfileName())
                    .withRemove(true).withForcerm(true).withPull(false)
                    .withNoCache(v.noCache());
            if (v.tag() != null) cmd.withTags(Set.of(v.tag()));
            if (v.target() != null) cmd.withTarget(v.target());
            if (v.networkMode() != null) cmd.withNetworkMode(v.networkMode());
            v.buildArgs().forEach(cmd::withBuildArg);
            run.onCancel(() -> EngineCallbacks.close(callback));
            try {
                cmd.exec(callback).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run.cancel();
            } catch (RuntimeException e) {
                if (callback.failure == null && !run.isCancelled()) callback.failure = e;
            } finally {
                run.flush();
                // a finished build's step containers are gone already (rm); only a broken one may leave some
                if (callback.imageId == null || callback.failure != null || run.isCancelled()) removeLeftovers(client, run);
            }
            if (run.isCancelled()) throw BuildFailedException.cancellation();
            EngineLoss loss = new EngineLoss(session, connection);
            if (callback.failure != null) throw loss.failure(run, "the build stream broke: " + callback.failure.getMessage(), callback.failure);
            if (callback.error != null) throw loss.failure(run, callback.error, null);
            if (callback.imageId == null) throw run.failure("The engine reported no image id", null);
            return callback.imageId;
        } catch (IOException e) {
            throw BuildFailedException.of("Cannot pack the build context: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw BuildFailedException.of(e.getMessage(), e);
        }
    }

    /** Removes the build's own step containers that still exist (after a cancel or a lost stream). */
    private static void removeLeftovers(DockerClient client, BuildRun run) {
        List<String> mine = run.stepContainers();
        if (mine.isEmpty()) return;
        try {
            for (int attempt = 0; attempt < 25; attempt++) {
                List<Container> left = client.listContainersCmd().withShowAll(true).exec().stream()
                        .filter(c -> mine.stream().anyMatch(id -> c.getId().startsWith(id)))
                        .toList();
                if (left.isEmpty()) return;
                if (attempt > 0 || run.isCancelled()) {
                    for (Container c : left) {
                        try {
                            client.removeContainerCmd(c.getId()).withForce(true).exec();
                        } catch (RuntimeException alreadyGone) {
                            LOG.debug("Step container {} was gone before its removal", c.getId(), alreadyGone);
                        }
                    }
                }
                Thread.sleep(200); // the engine removes them itself (forcerm); give it a moment
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot remove the step containers {} of a broken build: the engine does not answer", mine, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Stopped removing the step containers {}: interrupted", mine);
        }
    }

    private static final class Callback extends ResultCallback.Adapter<BuildResponseItem> {
        private final BuildRun run;
        volatile String error;
        volatile String imageId;
        volatile Throwable failure;

        Callback(BuildRun run) {
            this.run = run;
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) run.output(item.getStream());
            if (item.getStatus() != null) run.output(item.getStatus() + "\n");
            if (item.isErrorIndicated()) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
                run.output("ERROR: " + error + "\n");
            }
            if (item.isBuildSuccessIndicated() && item.getImageId() != null) imageId = item.getImageId();
        }

        @Override
        public void onError(Throwable throwable) {
            if (!run.isCancelled()) failure = throwable;
            super.onError(throwable);
        }
    }
}

package io.dockwright.engine.build;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds through the Engine API with docker-java (the classic builder): the context packed by
 * {@link ContextPacker}, intermediate containers always removed ({@code forcerm}); cancel closes the stream,
 * which makes the engine stop the build. Containers the build left behind are removed afterwards.
 */
public final class ApiBuildBackend implements BuildBackend {
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
        try (BuildContext context = packer.pack(v.contextDir(), v.dockerfileText());
             InputStream tar = Files.newInputStream(context.tarFile())) {
            run.listener().onContext(context.sizeBytes(), context.sizeWarning());
            if (run.isCancelled()) throw BuildFailedException.cancellation();
            Set<String> before = containerIds(client);
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
            } finally {
                run.flush();
                removeLeftovers(client, before, run);
            }
            if (run.isCancelled()) throw BuildFailedException.cancellation();
            if (callback.failure != null) throw lost(run, connection, callback.failure);
            if (callback.error != null) throw run.failure(callback.error, null);
            if (callback.imageId == null) throw run.failure("The engine reported no image id", null);
            return callback.imageId;
        } catch (IOException e) {
            throw BuildFailedException.of("Cannot pack the build context: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw BuildFailedException.of(e.getMessage(), e);
        }
    }

    private BuildFailedException lost(BuildRun run, EngineConnection connection, Throwable failure) {
        if (run.isCancelled()) return BuildFailedException.cancellation();
        boolean alive;
        try {
            connection.client().pingCmd().exec();
            alive = true;
        } catch (RuntimeException e) {
            alive = false;
        }
        String where = run.progress() == null ? "" : " during step " + run.progress().step() + "/" + run.progress().total();
        String msg = alive
                ? "The build stream broke" + where + ": " + failure.getMessage()
                : "Lost the connection to the Docker engine at " + connection.endpoint().uri() + where
                  + "; the build did not finish. Dockwright reconnects when the engine is back.";
        if (!alive) session.reset();
        return run.failure(msg, failure);
    }

    private static Set<String> containerIds(DockerClient client) {
        Set<String> ids = new HashSet<>();
        for (Container c : client.listContainersCmd().withShowAll(true).exec()) ids.add(c.getId());
        return ids;
    }

    /**
     * Removes containers that appeared during this build and run a builder step (an image id, not a name, as
     * image, as the classic builder's intermediate containers do). Other users' containers are never touched.
     */
    private static void removeLeftovers(DockerClient client, Set<String> before, BuildRun run) {
        try {
            for (int attempt = 0; attempt < 20; attempt++) {
                List<Container> left = client.listContainersCmd().withShowAll(true).exec().stream()
                        .filter(c -> !before.contains(c.getId()))
                        .filter(c -> c.getImage() != null && (c.getImage().startsWith("sha256:") || c.getImage().matches("[0-9a-f]{12,64}")))
                        .toList();
                if (left.isEmpty()) return;
                if (!run.isCancelled() && attempt == 0) {
                    // the engine removes them itself after a normal end: give it a moment first
                    Thread.sleep(200);
                    continue;
                }
                for (Container c : left) {
                    try {
                        client.removeContainerCmd(c.getId()).withForce(true).exec();
                    } catch (RuntimeException alreadyGone) {
                        // removed by the engine meanwhile
                    }
                }
                Thread.sleep(100);
            }
        } catch (RuntimeException e) {
            // engine gone: nothing to clean that we can reach
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

package io.dockwright.engine;

import io.dockwright.Requirements;

import com.github.dockerjava.api.model.Container;
import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.ImageAnalyzer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A real engine for integration tests (never a mock): found by the app's own discovery; tests are skipped
 * with the discovery report when none answers. Images are tagged with a unique prefix and removed on close.
 */
public final class EngineFixture implements AutoCloseable {
    public final EngineSession session;
    public final PooledExecutor executor;
    public final BuildService service;
    public final ImageAnalyzer analyzer = new ImageAnalyzer();
    public final String prefix = "dockwright-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<String> tags = new HashSet<>();

    private EngineFixture(EngineSession session, int threads) {
        this.session = session;
        this.executor = new PooledExecutor(threads, "it-build");
        this.service = new BuildService(executor, session, new ApiBuildBackend(session, new ContextPacker()),
                new CliBuildBackend(session, BuildKitCli.standard(null)), analyzer);
    }

    public static EngineFixture connectOrSkip(int threads) {
        EngineSession session = new EngineSession(
                new EngineDiscovery(EngineDiscovery.standardLocators(null), new EngineConnector()), HostEnvironment.current());
        try {
            session.status();
        } catch (EngineUnavailableException e) {
            Requirements.require(false, "No Docker engine answers; run .ci/docker-setup.sh. " + e.getMessage());
        }
        return new EngineFixture(session, threads);
    }

    public static Path example(String name) {
        return Path.of("assets", "examples", name).toAbsolutePath();
    }

    /** A fresh tag under this fixture's prefix, removed on close. */
    public String tag(String name) {
        String tag = prefix + "-" + name + ":latest";
        tags.add(tag);
        return tag;
    }

    /**
     * The image's size as the engine reports it ({@code GET /images/{id}/json} through docker-java's own inspect
     * command), the independent figure that the analyzer's sizes are checked against.
     */
    public long engineImageSize(String ref) throws EngineUnavailableException {
        return session.connection().client().inspectImageCmd(ref).exec().getSize();
    }

    public boolean imagePresent(String ref) throws EngineUnavailableException {
        return !session.connection().client().listImagesCmd().withReferenceFilter(ref).exec().isEmpty();
    }

    public void assumeImages(String... refs) throws EngineUnavailableException {
        for (String ref : refs) {
            Requirements.require(imagePresent(ref), "Base image " + ref + " missing; run .ci/docker-setup.sh");
        }
    }

    public Set<String> containerIds() throws EngineUnavailableException {
        Set<String> ids = new HashSet<>();
        List<Container> all = session.connection().client().listContainersCmd().withShowAll(true).exec();
        for (Container c : all) ids.add(c.getId());
        return ids;
    }

    /** Runs a container from the image (optionally with a command), returns its output, removes it. */
    public String run(String image, String... cmd) throws Exception {
        com.github.dockerjava.api.DockerClient c = session.connection().client();
        var create = c.createContainerCmd(image) // this machine's engine has no bridge network
                .withHostConfig(com.github.dockerjava.api.model.HostConfig.newHostConfig().withNetworkMode("host"));
        if (cmd.length > 0) create.withCmd(cmd);
        String id = create.exec().getId();
        try {
            c.startContainerCmd(id).exec();
            c.waitContainerCmd(id).start().awaitStatusCode(60, java.util.concurrent.TimeUnit.SECONDS);
            StringBuilder out = new StringBuilder();
            c.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false)
                    .exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Frame>() {
                        @Override
                        public void onNext(com.github.dockerjava.api.model.Frame frame) {
                            out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }).awaitCompletion(30, java.util.concurrent.TimeUnit.SECONDS);
            return out.toString();
        } finally {
            c.removeContainerCmd(id).withForce(true).exec();
        }
    }

    @Override
    public void close() {
        try {
            for (String tag : tags) {
                try {
                    session.connection().client().removeImageCmd(tag).withForce(true).exec();
                } catch (RuntimeException notThere) {
                    // never built
                }
            }
        } catch (EngineUnavailableException ignored) {
            // engine gone; nothing to clean
        }
        executor.close();
        session.close();
    }
}

package io.dockwright.optimize.verification;

import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Builds small test images from Dockerfile text and files written into a fresh context (network host, as here). */
final class TestImages {
    private final EngineFixture engine;
    private final Path root;
    private int n;

    TestImages(EngineFixture engine, Path root) {
        this.engine = engine;
        this.root = root;
    }

    /** Builds {@code dockerfile} with {@code files} (name, content, ...) in its context; returns the image's tag. */
    String build(String name, String dockerfile, String... files) throws Exception {
        return built(name, dockerfile, files).tag();
    }

    /** As {@link #build}, with the build's result (its layers mapped to the Dockerfile's lines). */
    BuildResult built(String name, String dockerfile, String... files) throws Exception {
        Path context = Files.createDirectories(root.resolve(name + "-" + (++n)));
        for (int i = 0; i + 1 < files.length; i += 2) Files.writeString(context.resolve(files[i]), files[i + 1]);
        String tag = engine.tag(name);
        BuildVariant v = new BuildVariant(name, dockerfile, context, null, Map.of(), "host", false, tag);
        return engine.service.start(v, BackendChoice.ENGINE_API, BuildListener.NONE).result().get(10, TimeUnit.MINUTES);
    }
}

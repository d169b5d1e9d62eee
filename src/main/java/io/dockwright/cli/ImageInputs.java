package io.dockwright.cli;

import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.BaseImageFinder;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.images.ImageSource;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.ImageAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code inspect} and {@code diff} read: an existing file (docker save or OCI archive) or directory (OCI
 * layout), else an image on the engine, connected only then. On the engine, layers get their Dockerfile lines
 * when a Dockerfile is given, else base/own from the base image found among the engine's images.
 */
final class ImageInputs implements AutoCloseable {
    private final String engine;
    private EngineSession session;

    ImageInputs(String engine) {
        this.engine = engine;
    }

    /** A Dockerfile to map layers to lines (null for none), with its target and build arguments. */
    record Dockerfile(Path file, String target, Map<String, String> buildArgs) {}

    ImageContents read(String arg, ReadOptions options, Dockerfile dockerfile)
            throws ImageReadException, EngineUnavailableException, IOException {
        Path path = Path.of(arg);
        if (Files.exists(path)) return new ImageReader().read(ImageSource.ofPath(path), options, ReadListener.NONE);
        var http = session().connection().http();
        Attribution attribution = attribution(http, arg, dockerfile);
        return new ImageReader().read(new ImageSource.Engine(http, arg), options.withAttribution(attribution), ReadListener.NONE);
    }

    private Attribution attribution(com.github.dockerjava.transport.DockerHttpClient http, String image, Dockerfile dockerfile)
            throws IOException {
        if (dockerfile != null && dockerfile.file() != null) {
            String text = Files.readString(dockerfile.file(), StandardCharsets.UTF_8);
            BuildResult r = new ImageAnalyzer().analyse(http, image, image, image, text, dockerfile.target(),
                    dockerfile.buildArgs(), 0, "");
            return Attribution.of(r.layers());
        }
        try {
            return new BaseImageFinder().find(http, image).map(b -> Attribution.baseHistory(b.historyEntries()))
                    .orElse(Attribution.NONE);
        } catch (IOException e) {
            return Attribution.NONE; // the export itself will say what is wrong
        }
    }

    private EngineSession session() throws EngineUnavailableException {
        if (session == null) {
            session = new EngineSession(new EngineDiscovery(EngineDiscovery.standardLocators(engine), new EngineConnector()),
                    HostEnvironment.current());
            session.status();
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null) session.close();
    }
}

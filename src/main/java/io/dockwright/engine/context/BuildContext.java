package io.dockwright.engine.context;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build context packed as Docker's CLI would send it: a tar file on disk (deleted by {@link #close()}),
 * its size and the files it holds. The Dockerfile text travels inside under {@link #dockerfileName()}.
 */
public record BuildContext(Path tarFile, long sizeBytes, List<String> entries, String dockerfileName)
        implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BuildContext.class);

    /** Contexts above this size get a warning before they are sent. */
    public static final long LARGE_BYTES = 100L * 1024 * 1024;

    public boolean isLarge() {
        return sizeBytes > LARGE_BYTES;
    }

    public String sizeWarning() {
        return isLarge()
                ? String.format("Build context is %.1f MB (over 100 MB): check .dockerignore", sizeBytes / 1e6)
                : null;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(tarFile);
        } catch (IOException e) {
            LOG.warn("Could not delete the packed build context {}", tarFile, e);
        }
    }
}

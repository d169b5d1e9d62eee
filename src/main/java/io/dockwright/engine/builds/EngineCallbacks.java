package io.dockwright.engine.builds;

import java.io.Closeable;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class EngineCallbacks {
    private static final Logger LOG = LoggerFactory.getLogger(EngineCallbacks.class);
    private EngineCallbacks() {}

    static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing an engine stream that was already closed", e);
        }
    }
}

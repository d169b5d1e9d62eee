package io.dockwright.engine.builds;

import java.io.Closeable;
import java.io.IOException;

final class EngineCallbacks {
    private EngineCallbacks() {}

    static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }
}

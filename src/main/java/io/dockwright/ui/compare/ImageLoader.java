package io.dockwright.ui.compare;

import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.result.BuildResult;

/**
 * Reads what is inside a built image (blocking; called off the UI thread), its layers mapped to the build's
 * Dockerfile lines. The app reads from the engine the build ran on; tests may read an archive.
 */
@FunctionalInterface
public interface ImageLoader {
    ImageContents read(BuildResult build, ReadListener listener) throws Exception;
}

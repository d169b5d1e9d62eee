package io.dockwright.engine.result;

import java.util.List;

/** A built image: id, tag, total size, its layers (oldest first) mapped to the Dockerfile, build time, backend. */
public record BuildResult(String label, String imageId, String tag, long sizeBytes, List<Layer> layers,
                          double buildSeconds, String backend) {
    public BuildResult {
        layers = List.copyOf(layers);
    }

    public long baseBytes() {
        return layers.stream().filter(Layer::base).mapToLong(Layer::sizeBytes).sum();
    }
}

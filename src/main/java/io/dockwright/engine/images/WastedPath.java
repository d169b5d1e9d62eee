package io.dockwright.engine.images;

import java.util.List;

/**
 * A path whose bytes lie in the layers but not (all) in the final filesystem: how often it was written, the
 * layers that wrote it, the bytes no longer visible (overwritten copies and removed content; never the
 * copy that shows) and whether it still exists at the end.
 */
public record WastedPath(String path, int writes, List<Integer> layers, long wastedBytes, boolean removed) {
    public WastedPath {
        layers = List.copyOf(layers);
    }
}

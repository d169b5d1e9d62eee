package io.dockwright.engine.images;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is inside an image, read in one streaming pass: its layers (oldest first) with their changes and
 * origins, the final filesystem, and the byte accounting.
 * <ul>
 * <li>{@code layerBytes}: the content bytes of regular files in all layers, every write counted.</li>
 * <li>{@code finalBytes}: the content bytes of the final filesystem (each hard-linked content once).</li>
 * <li>{@code wastedBytes} = layerBytes - finalBytes: for a path written N times the N-1 copies that no longer show,
 * plus the bytes of removed files; never the copy that shows.</li>
 * <li>{@code efficiency} = finalBytes / layerBytes (1 for an image without content).</li>
 * </ul>
 * {@code complete} is false when a {@link Problem} lost data (a corrupt layer, the entry cap, a path escaping
 * the root): figures then cover what could be read.
 */
public record ImageContents(String source, String imageId, List<String> repoTags, RuntimeConfig config,
                            List<LayerContents> layers, FileTree tree, long layerBytes, long finalBytes,
                            long wastedBytes, List<WastedPath> wasted, Map<String, CapturedFile> captured,
                            List<Problem> problems) {
    public ImageContents {
        repoTags = List.copyOf(repoTags);
        layers = List.copyOf(layers);
        wasted = List.copyOf(wasted);
        captured = Map.copyOf(captured);
        problems = List.copyOf(problems);
    }

    public double efficiency() {
        return layerBytes == 0 ? 1.0 : (double) finalBytes / layerBytes;
    }

    public boolean complete() {
        return problems.stream().noneMatch(Problem::dataLost) && layers.stream().allMatch(LayerContents::complete);
    }

    /**
     * Content bytes of the image's own layers: those marked own, or, when no layer's provenance is known, every
     * layer but the first (dive's "user" bytes).
     */
    public long userBytes() {
        boolean known = layers.stream().anyMatch(l -> l.origin().provenance() != LayerOrigin.Provenance.UNKNOWN);
        long sum = 0;
        for (LayerContents l : layers) {
            if (known ? l.origin().provenance() == LayerOrigin.Provenance.OWN : l.index() > 0) sum += l.bytes();
        }
        return sum;
    }

    /** Wasted bytes over the user bytes, as dive's {@code highestUserWastedPercent} rule reads it (0 without user bytes). */
    public double userWastedRatio() {
        long user = userBytes();
        return user == 0 ? (wastedBytes == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) wastedBytes / user;
    }

    /** The layer that last wrote a path of the final filesystem. */
    public Optional<LayerContents> writerOf(String path) {
        return tree.find(path).filter(n -> n.layer() >= 0 && n.layer() < layers.size()).map(n -> layers.get(n.layer()));
    }

    public Optional<CapturedFile> capturedFile(String path) {
        return Optional.ofNullable(captured.get(path));
    }
}

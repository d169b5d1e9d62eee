package io.dockwright.engine.builds;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to build: a label (e.g. "original"), the Dockerfile text (as in the editor, saved or not), the
 * context folder, target stage (null: the last), build args, network mode (null or {@code default}: the engine's
 * default, as {@code docker build} without {@code --network}), no-cache, and the tag to give the image.
 * {@link #toString()} names the build args but never shows their values (they may be secrets).
 */
public record BuildVariant(String label, String dockerfileText, Path contextDir, String target,
                           Map<String, String> buildArgs, String networkMode, boolean noCache, String tag) {
    public BuildVariant {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dockerfileText, "dockerfileText");
        Objects.requireNonNull(contextDir, "contextDir");
        buildArgs = buildArgs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
        target = target == null || target.isBlank() ? null : target;
        networkMode = networkMode == null || networkMode.isBlank() || networkMode.strip().equalsIgnoreCase(DEFAULT_NETWORK)
                ? null : networkMode.strip();
    }

    /** The network mode that means "the engine's default" (what {@code docker build} uses without {@code --network}). */
    public static final String DEFAULT_NETWORK = "default";

    @Override
    public String toString() {
        return label + " (context " + contextDir + (target == null ? "" : ", target " + target)
                + ", network " + (networkMode == null ? DEFAULT_NETWORK : networkMode) + (noCache ? ", no cache" : "")
                + ", build args " + buildArgs.keySet() + ", tag " + tag + ")";
    }
}

package io.dockwright.engine.builds;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to build: a label (e.g. "original"), the Dockerfile text (as in the editor, saved or not), the
 * context folder, target stage (null: the last), build args, network mode (null: the engine's default),
 * no-cache, and the tag to give the image.
 */
public record BuildVariant(String label, String dockerfileText, Path contextDir, String target,
                           Map<String, String> buildArgs, String networkMode, boolean noCache, String tag) {
    public BuildVariant {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dockerfileText, "dockerfileText");
        Objects.requireNonNull(contextDir, "contextDir");
        buildArgs = buildArgs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
        target = target == null || target.isBlank() ? null : target;
        networkMode = networkMode == null || networkMode.isBlank() ? null : networkMode;
    }
}

package io.dockwright.stages;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the build will be given: {@code --target} (null = last stage) and {@code --build-arg}s (null entries dropped). */
public record GraphOptions(String target, Map<String, String> buildArgs) {
    public static final GraphOptions DEFAULT = new GraphOptions(null, Map.of());

    public GraphOptions {
        Map<String, String> args = new LinkedHashMap<>();
        if (buildArgs != null) buildArgs.forEach((k, v) -> { if (k != null && v != null) args.put(k, v); });
        buildArgs = Map.copyOf(args);
    }
}

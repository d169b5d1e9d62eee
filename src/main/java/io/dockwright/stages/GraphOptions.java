package io.dockwright.stages;

import java.util.Map;

/** What the build will be given: {@code --target} (null = last stage) and {@code --build-arg}s. */
public record GraphOptions(String target, Map<String, String> buildArgs) {
    public static final GraphOptions DEFAULT = new GraphOptions(null, Map.of());

    public GraphOptions {
        buildArgs = Map.copyOf(buildArgs);
    }
}

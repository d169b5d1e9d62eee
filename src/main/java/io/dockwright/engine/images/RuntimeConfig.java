package io.dockwright.engine.images;

import java.util.List;

/** What the image's config says a container starts with (for "what can the runtime reach" checks). */
public record RuntimeConfig(String os, String architecture, String user, String workingDir, List<String> env,
                            List<String> entrypoint, List<String> cmd) {
    public RuntimeConfig {
        env = List.copyOf(env);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
    }

    public static RuntimeConfig empty() {
        return new RuntimeConfig("", "", "", "", List.of(), List.of(), List.of());
    }

    /** The directories of PATH (the image's, else the engine's default), in order. */
    public List<String> pathDirectories() {
        for (String e : env) {
            if (e.startsWith("PATH=")) return List.of(e.substring(5).split(":"));
        }
        return List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");
    }
}

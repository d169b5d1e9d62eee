package io.dockwright.engine;

import io.dockwright.engine.discovery.EngineDiscovery.Attempt;
import java.util.List;
import java.util.stream.Collectors;

/** No engine answered (or the one in use stopped answering). The message says where we looked and what to do. */
public final class EngineUnavailableException extends Exception {
    public static final String HOW_TO_START = String.join("\n",
            "How to get an engine:",
            "  - Linux: install Docker (e.g. `sudo apt-get install docker.io`) and start it",
            "    (`sudo systemctl start docker`, or `sudo dockerd &`), or run the project's `.ci/docker-setup.sh`;",
            "  - rootless Docker: `dockerd-rootless.sh` (socket in $XDG_RUNTIME_DIR/docker.sock);",
            "  - Podman: `systemctl --user start podman.socket`;",
            "  - macOS/Windows: start Docker Desktop;",
            "  - or set DOCKER_HOST (unix:///path/docker.sock or tcp://host:2376 with DOCKER_TLS_VERIFY=1",
            "    and DOCKER_CERT_PATH) or the engine endpoint in the preferences.");

    private final transient List<Attempt> attempts;

    public EngineUnavailableException(String message, List<Attempt> attempts, Throwable cause) {
        super(message, cause);
        this.attempts = List.copyOf(attempts);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    /** Unusable endpoints first (the user named one and it cannot work), then every attempt, then how to get one. */
    public static EngineUnavailableException noEngine(List<Attempt> attempts) {
        String unusable = attempts.stream().filter(Attempt::unusable).map(a -> a.explanation() + "\n\n").collect(Collectors.joining());
        String tried = attempts.stream().map(a -> "  - " + a).collect(Collectors.joining("\n"));
        return new EngineUnavailableException(unusable + "No Docker engine answered. Tried:\n" + tried + "\n" + HOW_TO_START,
                attempts, null);
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}

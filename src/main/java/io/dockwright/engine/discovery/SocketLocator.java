package io.dockwright.engine.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Well-known socket files (the system socket, rootless Docker, Docker Desktop, Podman): proposes those that exist. */
public final class SocketLocator implements EngineLocator {
    private final String name;
    private final List<Function<HostEnvironment, Optional<Path>>> sockets;

    public SocketLocator(String name, List<Function<HostEnvironment, Optional<Path>>> sockets) {
        this.name = name;
        this.sockets = List.copyOf(sockets);
    }

    public static SocketLocator system() {
        return new SocketLocator("system socket", List.of(e -> Optional.of(Path.of("/var/run/docker.sock"))));
    }

    public static SocketLocator rootless() {
        return new SocketLocator("rootless Docker", List.of(runtimeDir("docker.sock")));
    }

    public static SocketLocator desktop() {
        return new SocketLocator("Docker Desktop", List.of(
                e -> Optional.of(e.home().resolve(".docker/run/docker.sock")),
                e -> Optional.of(e.home().resolve(".docker/desktop/docker.sock"))));
    }

    public static SocketLocator podman() {
        return new SocketLocator("Podman", List.of(runtimeDir("podman/podman.sock"),
                e -> Optional.of(Path.of("/run/podman/podman.sock"))));
    }

    private static Function<HostEnvironment, Optional<Path>> runtimeDir(String file) {
        return e -> e.get("XDG_RUNTIME_DIR").map(d -> Path.of(d, file));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Proposal locate(HostEnvironment env) {
        List<EngineEndpoint> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Function<HostEnvironment, Optional<Path>> socket : sockets) {
            Optional<Path> path = socket.apply(env);
            if (path.isEmpty()) {
                missing.add("XDG_RUNTIME_DIR is not set");
            } else if (Files.exists(path.get())) {
                found.add(EngineEndpoint.unixSocket(path.get(), name));
            } else {
                missing.add(path.get() + " does not exist");
            }
        }
        return new Proposal(found, found.isEmpty() ? String.join("; ", missing) : null);
    }
}

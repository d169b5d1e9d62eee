package io.dockwright.engine.containers;

import java.util.List;
import java.util.Objects;

/**
 * What to run in a throw-away container.
 *
 * @param image       image id or reference
 * @param entrypoint  replaces the image's ENTRYPOINT (an empty list clears it); null keeps the image's
 * @param cmd         replaces the image's CMD; null keeps the image's
 * @param networkMode {@code none}, {@code host}, a network's name, or null for the engine's default
 * @param publishPort a container port to publish on 127.0.0.1 at a free host port (ignored with {@code host}
 *                    and {@code none}), or 0
 * @param role        a short word for the container's name, e.g. {@code original-default}
 * @param outputCap   bytes kept of each of stdout and stderr (the rest is counted, not kept)
 */
public record ContainerSpec(String image, List<String> entrypoint, List<String> cmd, String networkMode, int publishPort,
                            String role, long outputCap) {
    /** 1 MiB per stream. */
    public static final long DEFAULT_OUTPUT_CAP = 1L << 20;

    public ContainerSpec {
        Objects.requireNonNull(image, "image");
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        networkMode = networkMode == null || networkMode.isBlank() || networkMode.equals("default") ? null : networkMode;
        role = role == null || role.isBlank() ? "run" : role;
        if (outputCap < 0) throw new IllegalArgumentException("outputCap < 0");
    }

    /** The image's own default command, without network, default output cap. */
    public static ContainerSpec defaultCommand(String image, String role) {
        return new ContainerSpec(image, null, null, "none", 0, role, DEFAULT_OUTPUT_CAP);
    }

    public ContainerSpec withNetwork(String mode) {
        return new ContainerSpec(image, entrypoint, cmd, mode, publishPort, role, outputCap);
    }

    public ContainerSpec withOutputCap(long bytes) {
        return new ContainerSpec(image, entrypoint, cmd, networkMode, publishPort, role, bytes);
    }

    public ContainerSpec withCommand(List<String> newEntrypoint, List<String> newCmd) {
        return new ContainerSpec(image, newEntrypoint, newCmd, networkMode, publishPort, role, outputCap);
    }

    public ContainerSpec withPublishedPort(int port) {
        return new ContainerSpec(image, entrypoint, cmd, networkMode, port, role, outputCap);
    }

    public boolean hostNetwork() {
        return "host".equals(networkMode);
    }

    public boolean noNetwork() {
        return "none".equals(networkMode);
    }
}

package io.dockwright.optimize.verification;

import java.util.List;

/** An HTTP check: GET each path on the container's TCP {@code port} and compare status and body. */
public record HttpProbe(int port, List<String> paths) {
    public HttpProbe {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("HTTP probe port " + port + ": must be 1-65535");
        paths = paths == null || paths.isEmpty() ? List.of("/") : List.copyOf(paths);
        for (String p : paths) {
            if (!p.startsWith("/") || p.chars().anyMatch(c -> c <= ' ')) {
                throw new IllegalArgumentException("HTTP probe path '" + p + "': must start with / and hold no spaces");
            }
        }
    }

    /**
     * {@code PORT:PATH} or {@code PORT} (path /), as the CLI takes it.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static HttpProbe parse(String spec) {
        int colon = spec.indexOf(':');
        String port = colon < 0 ? spec : spec.substring(0, colon);
        String path = colon < 0 ? "/" : spec.substring(colon + 1);
        try {
            return new HttpProbe(Integer.parseInt(port.strip()), List.of(path.isEmpty() ? "/" : path));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("HTTP probe '" + spec + "': expected PORT:PATH (e.g. 8080:/health), the port is not a number");
        }
    }
}

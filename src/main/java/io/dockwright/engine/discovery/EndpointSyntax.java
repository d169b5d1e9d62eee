package io.dockwright.engine.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an engine endpoint a user typed before anything tries to connect: {@code unix:///path},
 * {@code tcp://host:port} or {@code npipe:////./pipe/name}; blank means "find it automatically".
 */
public final class EndpointSyntax {
    private EndpointSyntax() {}

    /** Why {@code endpoint} cannot be used, or empty when it can (blank included). */
    public static Optional<String> problem(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) return Optional.empty();
        String text = endpoint.strip();
        if (text.chars().anyMatch(Character::isWhitespace)) return bad(text, "it contains a space");
        int colon = text.indexOf("://");
        if (colon <= 0) {
            return bad(text, text.startsWith("/") ? "a socket path needs the unix:// prefix (unix://" + text + ")"
                    : "it has no scheme; use unix:///path/to/docker.sock or tcp://host:port");
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "unix" -> unix(text);
            case "tcp" -> tcp(text);
            case "npipe" -> text.length() > "npipe://".length() ? Optional.empty() : bad(text, "the pipe name is missing");
            case "http", "https" -> bad(text, "use tcp:// instead of " + scheme + ":// (TLS comes from DOCKER_TLS_VERIFY)");
            case "ssh" -> bad(text, "ssh:// endpoints are not supported; forward the socket (ssh -L) and use tcp:// or unix://");
            default -> bad(text, "unknown scheme \"" + scheme + "\"; use unix://, tcp:// or npipe://");
        };
    }

    private static Optional<String> unix(String text) {
        String path = text.substring("unix://".length());
        if (path.isEmpty()) return bad(text, "the socket path is missing (unix:///var/run/docker.sock)");
        if (!path.startsWith("/")) return bad(text, "the socket path must be absolute: unix:///" + path);
        return Optional.empty();
    }

    private static Optional<String> tcp(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return bad(text, e.getReason());
        }
        if (uri.getHost() == null) return bad(text, "the host name is missing or invalid (tcp://host:2376)");
        if (uri.getPort() < 0) return bad(text, "the port is missing (usually 2375, or 2376 with TLS)");
        if (uri.getPort() == 0 || uri.getPort() > 65535) return bad(text, "port " + uri.getPort() + " is out of range");
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) return bad(text, "a tcp endpoint has no path (" + path + ")");
        return Optional.empty();
    }

    private static Optional<String> bad(String text, String why) {
        return Optional.of("Engine endpoint \"" + text + "\": " + why);
    }
}

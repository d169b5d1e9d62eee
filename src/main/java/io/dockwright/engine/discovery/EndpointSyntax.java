package io.dockwright.engine.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an engine endpoint before anything tries to connect: Dockwright's Docker library opens {@code unix://path},
 * {@code tcp://host:port} and, on Windows, {@code npipe:////./pipe/name}; blank means "find it automatically".
 * Anything else (ssh://, fd://, http://, a bad port, a malformed URI, an unknown scheme) gets a {@link Problem}: what
 * is wrong and, where there is one, the endpoint to use instead.
 */
public final class EndpointSyntax {
    /** Where the stand-in command for ssh:// forwards the remote engine's socket. */
    static final String FORWARDED_SOCKET = "/tmp/docker.sock";
    private static final String SYSTEM_SOCKET = "unix:///var/run/docker.sock";

    private EndpointSyntax() {}

    /**
     * Why an endpoint cannot be used ({@code why}), a step to take first ({@code step}, may be null), and the endpoint
     * to use instead ({@code instead}, null when there is no obvious one).
     */
    public record Problem(String why, String step, String instead) {}

    /** Why {@code endpoint} cannot be used (as the user typed it, for the preferences), or empty when it can. */
    public static Optional<String> problem(String endpoint) {
        return check(endpoint, isWindows()).map(p -> "Engine endpoint \"" + endpoint.strip() + "\": " + p.why()
                + (p.step() == null ? "" : "; " + p.step())
                + (p.instead() == null ? "" : "; use " + p.instead()));
    }

    /** The problem with {@code endpoint} on this system ({@code windows}: npipe:// works), or empty when it is usable. */
    public static Optional<Problem> check(String endpoint, boolean windows) {
        if (endpoint == null || endpoint.isBlank()) return Optional.empty();
        String text = endpoint.strip();
        if (text.chars().anyMatch(Character::isWhitespace)) return bad("it contains a space", null);
        int colon = text.indexOf("://");
        if (colon <= 0) return noScheme(text);
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "unix" -> unix(text);
            case "tcp" -> tcp(text, "tcp", 2375);
            case "http" -> web(text, "http", 2375, "");
            case "https" -> web(text, "https", 2376, " (TLS: DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH)");
            case "npipe" -> npipe(text, windows);
            case "ssh" -> ssh(text);
            case "fd" -> bad("fd:// is the daemon's own socket activation (dockerd -H fd://), not an address a client can"
                    + " connect to; the engine's socket is usually /var/run/docker.sock", SYSTEM_SOCKET);
            default -> bad("unknown scheme \"" + scheme + "\"; Dockwright opens unix://, tcp:// and (on Windows) npipe://"
                    + " endpoints", null);
        };
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private static Optional<Problem> noScheme(String text) {
        if (text.startsWith("/")) return bad("a socket path needs the unix:// prefix (unix://" + text + ")", "unix://" + text);
        boolean hostPort = text.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d+");
        return bad("it has no scheme; use unix:///path/to/docker.sock or tcp://host:port", hostPort ? "tcp://" + text : null);
    }

    private static Optional<Problem> unix(String text) {
        String path = text.substring("unix://".length());
        if (path.isEmpty()) return bad("the socket path is missing", SYSTEM_SOCKET);
        if (!path.startsWith("/")) return bad("the socket path must be absolute: unix:///" + path, "unix:///" + path);
        return Optional.empty();
    }

    private static Optional<Problem> npipe(String text, boolean windows) {
        if (!windows) {
            return bad("npipe:// is a Windows named pipe; on this system the engine listens on a unix socket", SYSTEM_SOCKET);
        }
        return text.length() > "npipe://".length() ? Optional.empty() : bad("the pipe name is missing", "npipe:////./pipe/docker_engine");
    }

    private static Optional<Problem> ssh(String text) {
        URI uri = parse(text);
        if (uri == null || uri.getHost() == null) return bad("the ssh:// endpoint has no usable host (ssh://user@host)", null);
        String target = (uri.getUserInfo() == null ? "" : uri.getUserInfo() + "@") + uri.getHost();
        String port = uri.getPort() > 0 ? " -p " + uri.getPort() : "";
        return Optional.of(new Problem("Dockwright cannot open ssh:// endpoints yet (its Docker library has no SSH transport)",
                "forward the engine's socket over SSH first: ssh" + port + " -NL " + FORWARDED_SOCKET
                        + ":/var/run/docker.sock " + target + " (leave it running)", "unix://" + FORWARDED_SOCKET));
    }

    /** http:// and https:// mean the same engine as tcp://; said so, with the port checked too. */
    private static Optional<Problem> web(String text, String scheme, int usualPort, String tls) {
        String asTcp = "tcp://" + text.substring(scheme.length() + 3);
        Optional<Problem> tcp = tcp(asTcp, scheme, usualPort);
        String instead = tcp.map(Problem::instead).orElse(asTcp);
        String why = "engines are addressed as tcp://, not " + scheme + "://" + tls + tcp.map(p -> ", and " + p.why()).orElse("");
        return bad(why, instead);
    }

    private static Optional<Problem> tcp(String text, String scheme, int usualPort) {
        URI uri = parse(text);
        if (uri == null) return bad("it is not a valid URI (" + reason(text) + ")", null);
        String authority = uri.getRawAuthority();
        if (uri.getHost() == null) {
            int colon = authority == null ? -1 : authority.lastIndexOf(':');
            if (colon > 0 && !authority.substring(colon + 1).matches("\\d+")) {
                String host = authority.substring(0, colon);
                return bad("port \"" + authority.substring(colon + 1) + "\" is not a number", "tcp://" + host + ":" + usualPort);
            }
            return bad("the host name is missing or invalid (" + scheme + "://host:" + usualPort + ")", null);
        }
        String fixed = "tcp://" + uri.getHost() + ":" + usualPort;
        if (uri.getPort() < 0) return bad("the port is missing (usually 2375, or 2376 with TLS)", fixed);
        if (uri.getPort() == 0 || uri.getPort() > 65535) return bad("port " + uri.getPort() + " is out of range (1 to 65535)", fixed);
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            return bad("a tcp endpoint has no path (" + path + ")", "tcp://" + uri.getHost() + ":" + uri.getPort());
        }
        return Optional.empty();
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String reason(String text) {
        try {
            new URI(text);
            return "unreadable";
        } catch (URISyntaxException e) {
            return e.getReason() + " at index " + e.getIndex();
        }
    }

    private static Optional<Problem> bad(String why, String instead) {
        return Optional.of(new Problem(why, null, instead));
    }
}

package io.dockwright.engine.discovery;

/**
 * Where an engine may answer: a {@code unix://} or {@code tcp://} URI (any text, until {@link EndpointSyntax} checked
 * it), TLS settings, and where it came from ({@link #origin}: which locator, and how the user changes it).
 */
public record EngineEndpoint(String uri, boolean tlsVerify, String certPath, EndpointOrigin origin) {

    public static EngineEndpoint plain(String uri, EndpointOrigin origin) {
        return new EngineEndpoint(uri, false, null, origin);
    }

    /** An endpoint a test or tool names itself ({@code source}: what to call its origin). */
    public static EngineEndpoint plain(String uri, String source) {
        return plain(uri, EndpointOrigin.socket(source));
    }

    public static EngineEndpoint unixSocket(java.nio.file.Path socket, String source) {
        return plain("unix://" + socket.toAbsolutePath(), EndpointOrigin.socket(source));
    }

    /** Where it came from, in words. */
    public String source() {
        return origin.label();
    }

    public boolean isUnixSocket() {
        return uri.startsWith("unix://");
    }

    @Override
    public String toString() {
        return uri + (tlsVerify ? " (TLS, certs " + certPath + ")" : "") + " [" + source() + "]";
    }
}

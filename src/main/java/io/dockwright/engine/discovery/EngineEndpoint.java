package io.dockwright.engine.discovery;

/**
 * Where an engine may answer: a {@code unix://} or {@code tcp://} URI, TLS settings, and which locator proposed it.
 */
public record EngineEndpoint(String uri, boolean tlsVerify, String certPath, String source) {

    public static EngineEndpoint plain(String uri, String source) {
        return new EngineEndpoint(uri, false, null, source);
    }

    public static EngineEndpoint unixSocket(java.nio.file.Path socket, String source) {
        return plain("unix://" + socket.toAbsolutePath(), source);
    }

    public boolean isUnixSocket() {
        return uri.startsWith("unix://");
    }

    @Override
    public String toString() {
        return uri + (tlsVerify ? " (TLS, certs " + certPath + ")" : "") + " [" + source + "]";
    }
}

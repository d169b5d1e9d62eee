package io.dockwright.engine.discovery;

/** The endpoint the user typed in the preferences or on the command line; tried first when set. */
public final class OverrideLocator implements EngineLocator {
    private final String uri;
    private final EndpointOrigin origin;

    public OverrideLocator(String uri, EndpointOrigin origin) {
        this.uri = uri == null || uri.isBlank() ? null : uri.strip();
        this.origin = origin;
    }

    /** An endpoint set in the window. */
    public OverrideLocator(String uri) {
        this(uri, EndpointOrigin.setting());
    }

    @Override
    public String name() {
        return origin.kind() == EndpointOrigin.Kind.COMMAND_LINE ? "--engine" : "user setting";
    }

    @Override
    public Proposal locate(HostEnvironment env) {
        return uri == null ? Proposal.none("no endpoint set by the user") : Proposal.of(EngineEndpoint.plain(uri, origin));
    }
}

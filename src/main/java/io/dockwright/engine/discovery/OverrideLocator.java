package io.dockwright.engine.discovery;

/** The endpoint the user typed in the preferences or on the command line; tried first when set. */
public final class OverrideLocator implements EngineLocator {
    private final String uri;

    public OverrideLocator(String uri) {
        this.uri = uri == null || uri.isBlank() ? null : uri.strip();
    }

    @Override
    public String name() {
        return "user setting";
    }

    @Override
    public Proposal locate(HostEnvironment env) {
        return uri == null ? Proposal.none("no endpoint set by the user") : Proposal.of(EngineEndpoint.plain(uri, name()));
    }
}

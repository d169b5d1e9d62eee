package io.dockwright.engine.builds;

/** Which backend builds: chosen by the Dockerfile's syntax, or forced by the user. */
public enum BackendChoice {
    AUTO, ENGINE_API, BUILDKIT_CLI;

    /** The backend to use for this Dockerfile: AUTO picks BuildKit when BuildKit-only syntax is present. */
    public BackendChoice resolve(String dockerfile) {
        if (this != AUTO) return this;
        return BuildKitSyntax.reasons(dockerfile).isEmpty() ? ENGINE_API : BUILDKIT_CLI;
    }
}

package io.dockwright.engine.discovery;

/**
 * Where an endpoint came from, in words ({@link #label}), and how the user points that place at another endpoint
 * ({@link #change}): so an unusable endpoint's message says where to fix it.
 */
public record EndpointOrigin(String label, Kind kind, String name) {
    public enum Kind { ENVIRONMENT, CONTEXT, SETTING, COMMAND_LINE, SOCKET }

    public static EndpointOrigin environment() {
        return new EndpointOrigin("DOCKER_HOST", Kind.ENVIRONMENT, "DOCKER_HOST");
    }

    /** Docker context {@code context}, chosen by {@code chosenBy} (DOCKER_CONTEXT or the config file's path). */
    public static EndpointOrigin context(String context, String chosenBy) {
        return new EndpointOrigin("docker context '" + context + "' (chosen by " + chosenBy + ")", Kind.CONTEXT, context);
    }

    /** The endpoint the user set in the window (Preferences, or the Build panel's endpoint field). */
    public static EndpointOrigin setting() {
        return new EndpointOrigin("the engine endpoint set in Dockwright", Kind.SETTING, null);
    }

    public static EndpointOrigin commandLine() {
        return new EndpointOrigin("--engine", Kind.COMMAND_LINE, null);
    }

    public static EndpointOrigin socket(String name) {
        return new EndpointOrigin(name, Kind.SOCKET, null);
    }

    /** What to do to use {@code uri} instead, said for this origin. */
    public String change(String uri) {
        return switch (kind) {
            case ENVIRONMENT -> "set DOCKER_HOST=" + uri + " (or unset DOCKER_HOST to let Dockwright look for an engine)";
            case CONTEXT -> "point the context there (docker context update " + name + " --docker host=" + uri
                    + ") or switch contexts (docker context use default)";
            case SETTING -> "enter " + uri + " as the engine endpoint (Edit > Preferences, or the Build panel's endpoint"
                    + " field), or leave it empty to find the engine automatically";
            case COMMAND_LINE -> "pass --engine " + uri + ", or leave --engine out to find the engine automatically";
            case SOCKET -> "use " + uri;
        };
    }
}

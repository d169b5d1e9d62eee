package io.dockwright.engine.discovery;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the locators look at: environment variables and the user's home folder (injectable for tests). */
public record HostEnvironment(Map<String, String> variables, Path home) {

    public static HostEnvironment current() {
        return new HostEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Optional<String> get(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** Names the variables, never their values (they may hold credentials). */
    @Override
    public String toString() {
        return "HostEnvironment[home=" + home + ", " + variables.size() + " variables]";
    }

    /** {@code $DOCKER_CONFIG} or {@code ~/.docker}. */
    public Path dockerConfigDir() {
        return get("DOCKER_CONFIG").map(Path::of).orElse(home.resolve(".docker"));
    }
}

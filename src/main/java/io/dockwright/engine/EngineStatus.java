package io.dockwright.engine;

/** What the connected engine says about itself. */
public record EngineStatus(String name, String version, String apiVersion, String os, String arch, String endpoint) {
    public String summary() {
        return name + " " + version + " (API " + apiVersion + ", " + os + "/" + arch + ") at " + endpoint;
    }
}

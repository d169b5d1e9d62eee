package io.dockwright.engine.discovery;

import java.util.List;

/** One place an engine may be found. Proposes endpoints and says what it looked at when it found none. */
public interface EngineLocator {

    String name();

    /** Candidate endpoints, best first, or a note saying why there is none. */
    Proposal locate(HostEnvironment env);

    record Proposal(List<EngineEndpoint> endpoints, String note) {
        public static Proposal none(String note) {
            return new Proposal(List.of(), note);
        }

        public static Proposal of(EngineEndpoint endpoint) {
            return new Proposal(List.of(endpoint), null);
        }
    }
}

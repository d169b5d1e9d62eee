package io.dockwright.engine.containers;

/** The engine answers but refused or failed a call about a throw-away container (its message says why). */
public final class ContainerFailedException extends Exception {
    public ContainerFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

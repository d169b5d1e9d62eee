package io.dockwright.engine.containers;

/** The engine stopped answering while a container was being run or read; what ran is unknown. */
public final class EngineLostException extends Exception {
    public EngineLostException(String message, Throwable cause) {
        super(message, cause);
    }
}

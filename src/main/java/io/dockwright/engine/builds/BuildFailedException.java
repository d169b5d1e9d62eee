package io.dockwright.engine.builds;

/**
 * A build that did not produce an image: why, and when known the failing instruction's 1-based line and
 * text, so the editor can move to it. {@link #cancelled()} marks a build the user stopped.
 */
public final class BuildFailedException extends Exception {
    private final int line;
    private final String instruction;
    private final boolean cancelled;

    public BuildFailedException(String message, int line, String instruction, boolean cancelled, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.instruction = instruction;
        this.cancelled = cancelled;
    }

    public static BuildFailedException cancellation() {
        return new BuildFailedException("Build cancelled", 0, null, true, null);
    }

    public static BuildFailedException of(String message, Throwable cause) {
        return new BuildFailedException(message, 0, null, false, cause);
    }

    /** 1-based line of the failing instruction, 0 when unknown. */
    public int line() {
        return line;
    }

    public String instruction() {
        return instruction;
    }

    public boolean isCancellation() {
        return cancelled;
    }

    /** "line 7: RUN make: message" when the instruction is known. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + instruction + ": " + getMessage() : getMessage();
    }
}

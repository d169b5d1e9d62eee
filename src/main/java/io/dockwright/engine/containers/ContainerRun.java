package io.dockwright.engine.containers;

/**
 * How a throw-away container's run ended.
 *
 * @param ending        exited, still running at the time limit, could not start, or cancelled
 * @param exitCode      the exit status when it exited, else null
 * @param stdout        what it wrote to stdout (capped)
 * @param stderr        what it wrote to stderr (capped)
 * @param elapsedMillis from start to exit (or to the time limit / cancel)
 * @param error         why it could not start (the engine's words), else null
 */
public record ContainerRun(Ending ending, Integer exitCode, CapturedStream stdout, CapturedStream stderr, long elapsedMillis,
                           String error) {
    public enum Ending { EXITED, TIMED_OUT, START_FAILED, CANCELLED }

    static ContainerRun startFailed(String error, long elapsedMillis) {
        return new ContainerRun(Ending.START_FAILED, null, CapturedStream.EMPTY, CapturedStream.EMPTY, elapsedMillis, error);
    }

    public boolean exited() {
        return ending == Ending.EXITED;
    }
}

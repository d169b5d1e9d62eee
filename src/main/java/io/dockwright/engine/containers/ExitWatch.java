package io.dockwright.engine.containers;

import com.github.dockerjava.api.model.WaitResponse;

/** The engine's wait on a container: its exit status and when it came, or that the stream ended without one. */
final class ExitWatch extends EndingCallback<WaitResponse> {
    private volatile Integer code;
    private volatile long exitNanos;

    @Override
    public void onNext(WaitResponse response) {
        exitNanos = System.nanoTime();
        code = response.getStatusCode();
    }

    Integer code() {
        return code;
    }

    long exitNanos() {
        return exitNanos;
    }

    /** The wait stream is over (with a status, or broken). */
    boolean ended() {
        return streamEnded() || code != null;
    }
}

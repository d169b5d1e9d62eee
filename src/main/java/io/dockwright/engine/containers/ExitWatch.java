package io.dockwright.engine.containers;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.WaitResponse;

/** The engine's wait on a container: its exit status and when it came, or that the stream ended without one. */
final class ExitWatch extends ResultCallback.Adapter<WaitResponse> {
    private volatile Integer code;
    private volatile long exitNanos;
    private volatile boolean ended;
    private volatile Throwable failure;

    @Override
    public void onNext(WaitResponse response) {
        exitNanos = System.nanoTime();
        code = response.getStatusCode();
    }

    @Override
    public void onComplete() {
        ended = true;
        super.onComplete();
    }

    @Override
    public void onError(Throwable throwable) {
        failure = throwable;
        ended = true;
        super.onError(throwable);
    }

    Integer code() {
        return code;
    }

    long exitNanos() {
        return exitNanos;
    }

    /** The wait stream is over (with a status, or broken). */
    boolean ended() {
        return ended || code != null;
    }

    Throwable failure() {
        return failure;
    }
}

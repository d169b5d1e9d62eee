package io.dockwright.engine.containers;

import com.github.dockerjava.api.async.ResultCallback;

/** A docker-java stream callback that remembers whether its stream is over, and how it broke if it did. */
abstract class EndingCallback<T> extends ResultCallback.Adapter<T> {
    private volatile boolean ended;
    private volatile Throwable failure;

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

    /** The stream is over, completed or broken. */
    boolean streamEnded() {
        return ended;
    }

    Throwable failure() {
        return failure;
    }
}

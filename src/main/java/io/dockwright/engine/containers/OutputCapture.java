package io.dockwright.engine.containers;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Receives a container's attached stdout and stderr: keeps the first {@code cap} bytes of each and counts the
 * rest, so a chatty program keeps running (its pipe is drained) without filling memory.
 */
final class OutputCapture extends EndingCallback<Frame> {
    private final long cap;
    private final Stream out = new Stream();
    private final Stream err = new Stream();

    OutputCapture(long cap) {
        this.cap = cap;
    }

    @Override
    public void onNext(Frame frame) {
        (frame.getStreamType() == StreamType.STDERR ? err : out).append(frame.getPayload());
    }

    boolean ended() {
        return streamEnded();
    }

    CapturedStream stdout() {
        return out.snapshot();
    }

    CapturedStream stderr() {
        return err.snapshot();
    }

    private final class Stream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;

        synchronized void append(byte[] bytes) {
            if (bytes == null) return;
            long room = Math.max(0, cap - kept.size());
            kept.write(bytes, 0, (int) Math.min(room, bytes.length));
            total += bytes.length;
        }

        synchronized CapturedStream snapshot() {
            return new CapturedStream(kept.toString(StandardCharsets.UTF_8), total, total > kept.size());
        }
    }
}

package io.dockwright.engine.images.read;

import io.dockwright.engine.images.ReadListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the archive's bytes for progress and position messages, and stops the read when cancelled. */
public final class ProgressStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    private final ReadListener listener;
    private final long expected;
    private long count;
    private long nextReport = REPORT_EVERY;

    public ProgressStream(InputStream in, ReadListener listener, long expected) {
        super(in);
        this.listener = listener;
        this.expected = expected;
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) advance(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) advance(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) advance(s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            nextReport = count + REPORT_EVERY;
            if (listener.cancelled()) throw new ReadCancelled();
            listener.progress(count, expected);
        }
    }

    /** Called at the end so the last figure is reported. */
    public void finish() {
        listener.progress(count, expected);
    }
}

package io.dockwright.engine.images.read;

/** Thrown inside the read when the listener asks to stop; the reader turns it into a CancellationException. */
public final class ReadCancelled extends RuntimeException {
    ReadCancelled() {
        super("cancelled", null, false, false);
    }
}

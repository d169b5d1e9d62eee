package io.dockwright.engine.images;

/** The image could not be read at all: the message says what and where (no result to flag incomplete). */
public final class ImageReadException extends Exception {
    public ImageReadException(String message) {
        super(message);
    }

    public ImageReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.dockwright.engine.images;

/**
 * Something in the image that could not be read as written: the layer (-1: the archive itself), the path
 * (or null), and what happened. {@code dataLost}: part of the image is missing from the result because of it.
 */
public record Problem(int layer, String path, String message, boolean dataLost) {
    @Override
    public String toString() {
        return (layer >= 0 ? "layer " + layer + ": " : "") + (path != null ? path + ": " : "") + message;
    }
}

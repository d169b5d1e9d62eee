package io.dockwright.engine.containers;

import java.nio.charset.StandardCharsets;

/**
 * A file read from an image.
 *
 * @param path      the path asked for
 * @param resolved  the path of the file read (differs when {@code path} is a symlink)
 * @param bytes     its content, at most the limit asked for
 * @param size      its full size
 */
public record FileContent(String path, String resolved, byte[] bytes, long size) {
    public boolean truncated() {
        return bytes.length < size;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

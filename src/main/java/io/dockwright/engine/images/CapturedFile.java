package io.dockwright.engine.images;

import java.nio.charset.StandardCharsets;

/** A small file's content as the final filesystem shows it, kept in memory ({@code truncated}: a prefix only). */
public record CapturedFile(String path, long size, boolean truncated, byte[] content) {
    public CapturedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}

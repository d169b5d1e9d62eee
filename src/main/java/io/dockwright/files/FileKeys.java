package io.dockwright.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short stable key for a file's absolute, normalized path: names the per-file records of the app's stores. */
public final class FileKeys {
    private FileKeys() {}

    /** 24 hex digits of the SHA-256 of the path. */
    public static String of(Path file) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(file.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.dockwright.engine.images.read;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Recognises a stream by its first bytes: gzip, zstd, JSON, tar, or something else. */
final class Decompression {
    enum Kind { GZIP, ZSTD, JSON, TAR, OTHER }

    static final int PEEK = 512;

    private Decompression() {}

    static Kind sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK + 8);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return Kind.GZIP;
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) return Kind.ZSTD;
        for (byte b : head) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
            if (b == '{' || b == '[') return Kind.JSON;
            break;
        }
        if (head.length == 0) return Kind.TAR; // an empty layer
        if (head.length >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar")) {
            return Kind.TAR;
        }
        boolean zeros = true;
        for (byte b : head) zeros &= b == 0;
        return zeros ? Kind.TAR : Kind.OTHER; // an all-zero block: a tar's end, the empty layer docker writes
    }

    /** The uncompressed stream for a layer of the given kind. */
    static InputStream open(Kind kind, InputStream in) throws IOException {
        return switch (kind) {
            case GZIP -> new BufferedInputStream(GzipCompressorInputStream.builder().setInputStream(in)
                    .setDecompressConcatenated(true).get(), 1 << 16);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
            default -> in;
        };
    }
}

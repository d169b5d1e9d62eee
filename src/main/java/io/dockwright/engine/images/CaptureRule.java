package io.dockwright.engine.images;

import java.util.function.Predicate;

/**
 * Which files' content to keep while the image streams past: paths (absolute, "/etc/passwd") the predicate
 * accepts, up to {@code maxBytes} each. A larger file is skipped, or with {@code prefix} its first
 * {@code maxBytes} are kept (an ELF header, say).
 */
public record CaptureRule(Predicate<String> paths, int maxBytes, boolean prefix) {
    public static CaptureRule whole(Predicate<String> paths, int maxBytes) {
        return new CaptureRule(paths, maxBytes, false);
    }

    public static CaptureRule prefix(Predicate<String> paths, int bytes) {
        return new CaptureRule(paths, bytes, true);
    }

    /** How much of a file of {@code size} bytes this rule keeps: -1 for none. */
    public long take(String path, long size) {
        if (!paths.test(path)) return -1;
        if (size <= maxBytes) return size;
        return prefix ? maxBytes : -1;
    }
}

package io.dockwright.engine.images;

import java.util.ArrayList;
import java.util.List;

/**
 * How to read an image. {@code digests}: compute the SHA-256 of regular files up to {@code digestMaxBytes}
 * (a diff tells identical files apart by it; costs CPU). {@code captures}: small files to keep, within a total
 * of {@code captureBudgetBytes}. {@code maxEntries}: tar entries recorded over all layers; past it the result is
 * flagged incomplete. {@code attribution}: maps layers to Dockerfile lines and base/own.
 */
public record ReadOptions(boolean digests, long digestMaxBytes, List<CaptureRule> captures, long captureBudgetBytes,
                          int maxEntries, Attribution attribution) {
    public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

    public ReadOptions {
        captures = List.copyOf(captures);
    }

    /** No digests, no captures, the default entry cap, no attribution. */
    public static ReadOptions defaults() {
        return new ReadOptions(false, 1L << 30, List.of(), 256L << 20, DEFAULT_MAX_ENTRIES, Attribution.NONE);
    }

    public ReadOptions withDigests(boolean on) {
        return new ReadOptions(on, digestMaxBytes, captures, captureBudgetBytes, maxEntries, attribution);
    }

    public ReadOptions withCapture(CaptureRule rule) {
        List<CaptureRule> all = new ArrayList<>(captures);
        all.add(rule);
        return new ReadOptions(digests, digestMaxBytes, all, captureBudgetBytes, maxEntries, attribution);
    }

    public ReadOptions withMaxEntries(int max) {
        return new ReadOptions(digests, digestMaxBytes, captures, captureBudgetBytes, max, attribution);
    }

    public ReadOptions withAttribution(Attribution a) {
        return new ReadOptions(digests, digestMaxBytes, captures, captureBudgetBytes, maxEntries, a);
    }

    /** How many bytes of a file to capture: the most any rule takes, -1 for none. */
    public long captureBytes(String path, long size) {
        long best = -1;
        for (CaptureRule r : captures) best = Math.max(best, r.take(path, size));
        return best;
    }
}

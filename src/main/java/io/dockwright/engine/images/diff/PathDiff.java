package io.dockwright.engine.images.diff;

import io.dockwright.engine.images.FileInfo;
import java.util.Set;

/**
 * One path that differs between image A and image B. A directory only on one side is one entry (its content
 * bytes and path count summed), not one per file. {@code a}/{@code b}: the path's info on each side (null on
 * the side that lacks it). {@code aspects}: what differs for a path on both sides.
 */
public record PathDiff(String path, Status status, FileInfo a, FileInfo b, Set<Aspect> aspects, long bytesA, long bytesB,
                       int pathsA, int pathsB) {
    public enum Status { ONLY_A, ONLY_B, CHANGED }

    /** CONTENT: both digests known and different; without digests a same-size file counts as unchanged. */
    public enum Aspect { TYPE, SIZE, MODE, OWNER, LINK, CONTENT }

    public PathDiff {
        aspects = Set.copyOf(aspects);
    }

    public long delta() {
        return bytesB - bytesA;
    }
}

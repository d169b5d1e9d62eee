package io.dockwright.engine.images.diff;

/** A directory's content bytes in A and in B (0 where it is missing), for "where the bytes went" per folder. */
public record DirectoryTotal(String path, int depth, long bytesA, long bytesB) {
    public long delta() {
        return bytesB - bytesA;
    }
}

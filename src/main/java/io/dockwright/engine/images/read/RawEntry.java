package io.dockwright.engine.images.read;

import io.dockwright.engine.images.FileType;

/** One tar entry of a layer, as read, before the layers are stacked. */
final class RawEntry {
    final String path;
    final FileType type;
    final long size;
    final int mode;
    final int uid;
    final int gid;
    final String link;
    final byte[] digest;
    final byte[] captured;
    final boolean capturedPrefix;

    RawEntry(String path, FileType type, long size, int mode, int uid, int gid, String link, byte[] digest,
             byte[] captured, boolean capturedPrefix) {
        this.path = path;
        this.type = type;
        this.size = size;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.link = link;
        this.digest = digest;
        this.captured = captured;
        this.capturedPrefix = capturedPrefix;
    }
}

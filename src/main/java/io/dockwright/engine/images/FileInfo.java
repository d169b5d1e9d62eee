package io.dockwright.engine.images;

/**
 * One path as a layer wrote it: absolute {@code path} ("/etc/passwd"), type, content size in bytes (0 for
 * everything but regular files and hard links), permission bits, owner, link target (symlinks and hard links,
 * as written in the tar), the SHA-256 of the content in hex when it was computed (else null), and the index
 * of the layer that wrote it.
 */
public record FileInfo(String path, FileType type, long size, int mode, int uid, int gid, String linkTarget,
                       String digest, int layer) {

    /** Mode, owner, type and link target as ls would tell them apart (size and content aside). */
    public boolean sameMetadata(FileInfo other) {
        return type == other.type && mode == other.mode && uid == other.uid && gid == other.gid
                && java.util.Objects.equals(linkTarget, other.linkTarget);
    }
}

package io.dockwright.engine.images;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * One path of an image's final filesystem, immutable once its {@link FileTree} is built. Keeps no path string
 * (computed from the parents on demand) so that a million paths stay compact. {@code totalBytes} is the
 * content under it as du counts it: each hard-linked content once.
 */
public final class TreeNode {
    private static final TreeNode[] NONE = new TreeNode[0];
    private final TreeNode parent;
    private final String name;
    private final FileType type;
    private final long size;
    private final int mode;
    private final int uid;
    private final int gid;
    private final String linkTarget;
    private final byte[] digest;
    private final int layer;
    TreeNode[] children = NONE;
    java.util.ArrayList<TreeNode> pending;
    Object sharedContent;
    long totalBytes;
    int descendants;

    TreeNode(TreeNode parent, String name, FileType type, long size, int mode, int uid, int gid, String linkTarget,
             byte[] digest, int layer) {
        this.parent = parent;
        this.name = name;
        this.type = type;
        this.size = size;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.linkTarget = linkTarget;
        this.digest = digest;
        this.layer = layer;
    }

    public TreeNode parent() {
        return parent;
    }

    /** The last path element ("" for the root). */
    public String name() {
        return name;
    }

    /** The absolute path ("/" for the root). */
    public String path() {
        if (parent == null) return "/";
        StringBuilder b = new StringBuilder();
        appendPath(b);
        return b.toString();
    }

    private void appendPath(StringBuilder b) {
        if (parent == null) return;
        parent.appendPath(b);
        b.append('/').append(name);
    }

    public FileType type() {
        return type;
    }

    public boolean directory() {
        return type == FileType.DIRECTORY;
    }

    /** Content bytes of this path itself (regular files and hard links; 0 otherwise). */
    public long size() {
        return size;
    }

    /** Content bytes in and under this path, each hard-linked content counted once. */
    public long totalBytes() {
        return totalBytes;
    }

    /** Paths under this one (all depths). */
    public int descendants() {
        return descendants;
    }

    public int mode() {
        return mode;
    }

    public int uid() {
        return uid;
    }

    public int gid() {
        return gid;
    }

    public String linkTarget() {
        return linkTarget;
    }

    /** The SHA-256 of the content in hex, or null when it was not computed. */
    public String digest() {
        return digest == null ? null : HexFormat.of().formatHex(digest);
    }

    boolean sameDigest(TreeNode other) {
        return digest != null && other.digest != null && Arrays.equals(digest, other.digest);
    }

    /** The index of the layer that last wrote this path (-1: a directory no layer named, made for its children). */
    public int layer() {
        return layer;
    }

    /** Children sorted by name. */
    public List<TreeNode> children() {
        return Collections.unmodifiableList(Arrays.asList(children));
    }

    public TreeNode child(String childName) {
        int lo = 0;
        int hi = children.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = children[mid].name.compareTo(childName);
            if (c == 0) return children[mid];
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    public FileInfo info() {
        return new FileInfo(path(), type, size, mode, uid, gid, linkTarget, digest(), layer);
    }

    @Override
    public String toString() {
        return path() + " (" + type + ", " + totalBytes + " bytes)";
    }
}

package io.dockwright.compare.tree;

import io.dockwright.engine.images.TreeNode;

/**
 * One path of two images' final filesystems laid over each other: its node in the original ({@code a}) and in
 * the optimized image ({@code b}), either null where the path is missing, and how it differs. Directory bytes are
 * each side's {@link TreeNode#totalBytes()}. Immutable once its {@link MergedTree} is built.
 */
public final class MergedNode {
    /** How a path differs: on both sides alike, only in one, or on both but changed (type, size, mode, owner, link, content). */
    public enum Status { SAME, ONLY_ORIGINAL, ONLY_OPTIMIZED, CHANGED }

    static final MergedNode[] NONE = new MergedNode[0];
    private final MergedNode parent;
    private final String name;
    private final TreeNode a;
    private final TreeNode b;
    final int id;
    Status status;
    boolean differs; // this path or one under it
    MergedNode[] children = NONE;

    MergedNode(MergedNode parent, String name, TreeNode a, TreeNode b, int id) {
        this.parent = parent;
        this.name = name;
        this.a = a;
        this.b = b;
        this.id = id;
        this.status = a == null ? Status.ONLY_OPTIMIZED : b == null ? Status.ONLY_ORIGINAL : Status.SAME;
    }

    public MergedNode parent() { return parent; }

    /** The last path element ("" for the root). */
    public String name() { return name; }

    public String path() {
        if (parent == null) return "/";
        StringBuilder s = new StringBuilder();
        appendPath(s);
        return s.toString();
    }

    void appendPath(StringBuilder s) {
        if (parent == null) return;
        parent.appendPath(s);
        s.append('/').append(name);
    }

    /** The original image's node, or null when the path is only in the optimized image. */
    public TreeNode original() { return a; }

    /** The optimized image's node, or null when the path is only in the original. */
    public TreeNode optimized() { return b; }

    public Status status() { return status; }

    /** True when this path or any path under it differs between the two images. */
    public boolean differs() { return differs; }

    public boolean directory() {
        return (a != null && a.directory()) || (b != null && b.directory());
    }

    public long bytesOriginal() { return a == null ? 0 : a.totalBytes(); }

    public long bytesOptimized() { return b == null ? 0 : b.totalBytes(); }

    /** The larger side: what the size threshold and the size sort look at. */
    public long bytes() { return Math.max(bytesOriginal(), bytesOptimized()); }

    /** Optimized minus original bytes (negative: the optimized image has less here). */
    public long delta() { return bytesOptimized() - bytesOriginal(); }

    /** Children in name order (all of them; a {@link VisibleTree} says which show and in what order). */
    public int childCount() { return children.length; }

    @Override
    public String toString() {
        return path() + " (" + status + ")";
    }
}

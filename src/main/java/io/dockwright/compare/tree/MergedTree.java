package io.dockwright.compare.tree;

import io.dockwright.engine.images.FileTree;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The original's and the optimized image's final filesystems as one tree (the union of their paths), each path
 * marked with how it differs. What differs is the {@link ImageDiff}'s verdict (so the tree and the diff can
 * never disagree); a path on one side only is known from the trees. Built off the UI thread; immutable after.
 */
public final class MergedTree {
    private final MergedNode root;
    private final int size;

    private MergedTree(MergedNode root, int size) {
        this.root = root;
        this.size = size;
    }

    public MergedNode root() { return root; }

    /** Nodes in the tree, the root included. */
    public int size() { return size; }

    public static MergedTree of(FileTree original, FileTree optimized, ImageDiff diff) {
        int[] ids = {0};
        MergedNode root = new MergedNode(null, "", original.root(), optimized.root(), ids[0]++);
        List<MergedNode> order = new ArrayList<>();
        Deque<MergedNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            MergedNode n = todo.pop();
            order.add(n);
            n.children = merge(n, ids);
            for (MergedNode c : n.children) todo.push(c);
        }
        MergedTree tree = new MergedTree(root, ids[0]);
        for (PathDiff d : diff.changed()) tree.find(d.path()).ifPresent(n -> n.status = MergedNode.Status.CHANGED);
        for (int i = order.size() - 1; i >= 0; i--) { // children before parents
            MergedNode n = order.get(i);
            n.differs |= n.status != MergedNode.Status.SAME;
            if (n.differs && n.parent() != null) n.parent().differs = true;
        }
        return tree;
    }

    private static MergedNode[] merge(MergedNode parent, int[] ids) {
        List<TreeNode> as = parent.original() == null ? List.of() : parent.original().children();
        List<TreeNode> bs = parent.optimized() == null ? List.of() : parent.optimized().children();
        if (as.isEmpty() && bs.isEmpty()) return MergedNode.NONE;
        List<MergedNode> out = new ArrayList<>(Math.max(as.size(), bs.size()));
        int i = 0;
        int j = 0;
        while (i < as.size() || j < bs.size()) { // both sorted by name
            int c = i >= as.size() ? 1 : j >= bs.size() ? -1 : as.get(i).name().compareTo(bs.get(j).name());
            TreeNode a = c <= 0 ? as.get(i++) : null;
            TreeNode b = c >= 0 ? bs.get(j++) : null;
            out.add(new MergedNode(parent, a != null ? a.name() : b.name(), a, b, ids[0]++));
        }
        return out.toArray(MergedNode.NONE);
    }

    /** The node at an absolute path, if either image has it. */
    public java.util.Optional<MergedNode> find(String path) {
        MergedNode n = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) continue;
            n = child(n, part);
            if (n == null) return java.util.Optional.empty();
        }
        return java.util.Optional.of(n);
    }

    private static MergedNode child(MergedNode n, String name) {
        int lo = 0;
        int hi = n.children.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = n.children[mid].name().compareTo(name);
            if (c == 0) return n.children[mid];
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }
}

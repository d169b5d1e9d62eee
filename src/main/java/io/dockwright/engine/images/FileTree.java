package io.dockwright.engine.images;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/** An image's final filesystem: an immutable tree of {@link TreeNode}s with sizes per directory. */
public final class FileTree {
    /** Linux gives up after 40 symlinks in one lookup (ELOOP). */
    public static final int MAX_SYMLINK_HOPS = 40;
    private final TreeNode root;

    private FileTree(TreeNode root) {
        this.root = root;
    }

    public TreeNode root() {
        return root;
    }

    /** Content bytes of the whole filesystem (hard-linked content once). */
    public long totalBytes() {
        return root.totalBytes();
    }

    /** Paths in the tree, the root excluded. */
    public int size() {
        return root.descendants();
    }

    /** The node at an absolute path, taken literally (symlinks are not followed). */
    public Optional<TreeNode> find(String path) {
        TreeNode node = root;
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            node = part.equals("..") ? (node.parent() == null ? node : node.parent()) : node.child(part);
            if (node == null) return Optional.empty();
        }
        return Optional.of(node);
    }

    /** What a lookup of a path from inside a container finds. */
    public record Resolution(Status status, TreeNode node, String resolvedPath) {
        public enum Status { FOUND, MISSING, LOOP }

        public boolean found() {
            return status == Status.FOUND;
        }
    }

    /**
     * Looks a path up as the kernel would in a container of this image: symlinks are followed in every element
     * (absolute targets from the root, relative ones from their directory), with at most
     * {@value #MAX_SYMLINK_HOPS} of them before the lookup fails as a loop.
     */
    public Resolution resolve(String path) {
        Deque<String> todo = new ArrayDeque<>();
        push(todo, path);
        TreeNode node = root;
        int hops = 0;
        while (!todo.isEmpty()) {
            String part = todo.pop();
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                node = node.parent() == null ? node : node.parent();
                continue;
            }
            TreeNode next = node.child(part);
            if (next == null) return new Resolution(Resolution.Status.MISSING, null, join(node, part, todo));
            if (next.type() == FileType.SYMLINK && next.linkTarget() != null) {
                if (++hops > MAX_SYMLINK_HOPS) return new Resolution(Resolution.Status.LOOP, null, next.path());
                push(todo, next.linkTarget());
                if (next.linkTarget().startsWith("/")) node = root;
                continue;
            }
            node = next;
        }
        return new Resolution(Resolution.Status.FOUND, node, node.path());
    }

    private static void push(Deque<String> todo, String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) todo.push(parts[i]);
    }

    private static String join(TreeNode node, String part, Deque<String> rest) {
        StringBuilder b = new StringBuilder(node.parent() == null ? "" : node.path()).append('/').append(part);
        for (String r : rest) if (!r.isEmpty()) b.append('/').append(r);
        return b.toString();
    }

    /** Visits every node, parents before children, children by name. */
    public void walk(Consumer<TreeNode> visitor) {
        Deque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode n = stack.pop();
            visitor.accept(n);
            for (int i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
        }
    }

    /** The {@code n} largest regular files, largest first. */
    public List<TreeNode> largestFiles(int n) {
        PriorityQueue<TreeNode> top = new PriorityQueue<>(Comparator.comparingLong(TreeNode::size));
        walk(node -> {
            if (!node.type().regular()) return;
            top.add(node);
            if (top.size() > n) top.poll();
        });
        List<TreeNode> out = new ArrayList<>(top);
        out.sort(Comparator.comparingLong(TreeNode::size).reversed().thenComparing(TreeNode::path));
        return out;
    }

    /** Builds a tree node by node, then freezes it: children sorted, sizes summed. */
    public static final class Builder {
        private final TreeNode root = new TreeNode(null, "", FileType.DIRECTORY, 0, 0755, 0, 0, null, null, -1);

        public TreeNode root() {
            return root;
        }

        /**
         * Adds a child. {@code sharedContent}: one object per content that several paths hold (hard links), so
         * directory totals count it once; null for content held by this path only.
         */
        public TreeNode add(TreeNode parent, String name, FileType type, long size, int mode, int uid, int gid,
                            String linkTarget, byte[] digest, int layer, Object sharedContent) {
            TreeNode node = new TreeNode(parent, name, type, size, mode, uid, gid, linkTarget, digest, layer);
            node.sharedContent = sharedContent;
            if (parent.pending == null) parent.pending = new ArrayList<>();
            parent.pending.add(node);
            return node;
        }

        public FileTree build() {
            List<TreeNode> order = new ArrayList<>();
            Deque<TreeNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                TreeNode n = stack.pop();
                order.add(n);
                if (n.pending != null) {
                    n.children = n.pending.toArray(new TreeNode[0]);
                    n.pending = null;
                    java.util.Arrays.sort(n.children, Comparator.comparing(TreeNode::name));
                }
                for (int i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
            }
            Map<Object, Boolean> counted = new IdentityHashMap<>();
            for (TreeNode n : order) { // pre-order: a shared content counts at its first path
                if (n.sharedContent != null && counted.put(n.sharedContent, Boolean.TRUE) != null) continue;
                n.totalBytes = n.size();
            }
            for (int i = order.size() - 1; i > 0; i--) {
                TreeNode n = order.get(i);
                n.parent().totalBytes += n.totalBytes;
                n.parent().descendants += 1 + n.descendants;
                n.sharedContent = null;
            }
            return new FileTree(root);
        }
    }
}

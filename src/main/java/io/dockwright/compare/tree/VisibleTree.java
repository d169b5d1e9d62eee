package io.dockwright.compare.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A {@link MergedTree} as one {@link TreeQuery} shows it: for every shown directory its shown children, already
 * filtered and sorted. Computed once off the UI thread for the whole tree, so that expanding a directory in the
 * window only looks its children up. Immutable.
 */
public final class VisibleTree {
    private final MergedTree tree;
    private final TreeQuery query;
    private final MergedNode[][] children; // by node id; null: not shown
    private final int shownPaths;
    private final int matches;

    private VisibleTree(MergedTree tree, TreeQuery query, MergedNode[][] children, int shownPaths, int matches) {
        this.tree = tree;
        this.query = query;
        this.children = children;
        this.shownPaths = shownPaths;
        this.matches = matches;
    }

    public MergedTree tree() { return tree; }

    public TreeQuery query() { return query; }

    public MergedNode root() { return tree.root(); }

    /** The children of {@code node} that show, in the query's order (none for a node that does not show). */
    public List<MergedNode> children(MergedNode node) {
        MergedNode[] c = children[node.id];
        return c == null ? List.of() : Arrays.asList(c);
    }

    public boolean shown(MergedNode node) {
        return node.parent() == null || children[node.id] != null;
    }

    /** Paths that show, the root excluded. */
    public int shownPaths() { return shownPaths; }

    /** Paths whose own path matches the search (0 without a search). */
    public int matches() { return matches; }

    public static VisibleTree of(MergedTree tree, TreeQuery query) {
        Filter f = new Filter(tree, query);
        f.run();
        return new VisibleTree(tree, query, f.children, f.shown, f.matches);
    }

    /** Two passes: which paths show (post-order), then each shown directory's children sorted. */
    private static final class Filter {
        private final MergedTree tree;
        private final TreeQuery q;
        private final MergedNode[][] children;
        private final boolean[] show;
        private int shown;
        private int matches;

        Filter(MergedTree tree, TreeQuery q) {
            this.tree = tree;
            this.q = q;
            this.children = new MergedNode[tree.size()][];
            this.show = new boolean[tree.size()];
        }

        void run() {
            List<MergedNode> order = preOrder();
            boolean[] matchedAbove = new boolean[tree.size()];
            boolean[] matchedBelow = new boolean[tree.size()];
            if (!q.search().isEmpty()) markMatches(order, matchedAbove);
            for (int i = order.size() - 1; i >= 0; i--) {
                MergedNode n = order.get(i);
                boolean searchOk = q.search().isEmpty() || matchedAbove[n.id] || matchedBelow[n.id];
                show[n.id] = n.parent() == null || (searchOk && (!q.onlyDifferences() || n.differs())
                        && n.bytes() >= q.minBytes());
                if (n.parent() != null && (matchedAbove[n.id] || matchedBelow[n.id])) matchedBelow[n.parent().id] = true;
            }
            var order2 = q.comparator();
            for (MergedNode n : order) {
                if (!show[n.id]) continue;
                if (n.parent() != null) shown++;
                List<MergedNode> kids = new ArrayList<>();
                for (MergedNode c : n.children) if (show[c.id]) kids.add(c);
                kids.sort(order2);
                children[n.id] = kids.toArray(MergedNode.NONE);
            }
        }

        private List<MergedNode> preOrder() {
            List<MergedNode> order = new ArrayList<>(tree.size());
            Deque<MergedNode> todo = new ArrayDeque<>();
            todo.push(tree.root());
            while (!todo.isEmpty()) {
                MergedNode n = todo.pop();
                order.add(n);
                for (MergedNode c : n.children) todo.push(c);
            }
            return order;
        }

        /** A path matches when its lower-cased path contains the search; everything under a match counts as matched. */
        private void markMatches(List<MergedNode> order, boolean[] matchedAbove) {
            for (MergedNode n : order) { // parents first
                if (n.parent() == null) continue;
                if (matchedAbove[n.parent().id]) {
                    matchedAbove[n.id] = true;
                    continue;
                }
                if (n.path().toLowerCase(java.util.Locale.ROOT).contains(q.search())) {
                    matchedAbove[n.id] = true;
                    matches++;
                }
            }
        }
    }
}

package io.dockwright.compare.tree;

import java.util.Comparator;
import java.util.Locale;

/**
 * What the file tree shows: the sort, only the paths that differ or all, the paths whose path contains
 * {@code search} (case-insensitive; with their parents, and everything under a matching directory), and only
 * paths of at least {@code minBytes} on the larger side.
 */
public record TreeQuery(Sort sort, boolean descending, boolean onlyDifferences, String search, long minBytes) {
    public enum Sort { NAME, SIZE, ORIGINAL, OPTIMIZED, DELTA, STATUS }

    public static final TreeQuery DEFAULT = new TreeQuery(Sort.SIZE, true, false, "", 0);

    public TreeQuery {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        minBytes = Math.max(0, minBytes);
    }

    public TreeQuery sortedBy(Sort s, boolean desc) { return new TreeQuery(s, desc, onlyDifferences, search, minBytes); }

    public TreeQuery onlyDifferences(boolean on) { return new TreeQuery(sort, descending, on, search, minBytes); }

    public TreeQuery searching(String text) { return new TreeQuery(sort, descending, onlyDifferences, text, minBytes); }

    public TreeQuery atLeast(long bytes) { return new TreeQuery(sort, descending, onlyDifferences, search, bytes); }

    Comparator<MergedNode> comparator() {
        Comparator<MergedNode> byName = Comparator.comparing(MergedNode::name);
        Comparator<MergedNode> c = switch (sort) {
            case NAME -> byName;
            case SIZE -> Comparator.comparingLong(MergedNode::bytes);
            case ORIGINAL -> Comparator.comparingLong(MergedNode::bytesOriginal);
            case OPTIMIZED -> Comparator.comparingLong(MergedNode::bytesOptimized);
            case DELTA -> Comparator.comparingLong((MergedNode n) -> Math.abs(n.delta()));
            case STATUS -> Comparator.comparing(MergedNode::status);
        };
        if (descending) c = c.reversed();
        return sort == Sort.NAME ? c : c.thenComparing(byName); // ties in name order, whichever way
    }
}

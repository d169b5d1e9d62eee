package io.dockwright.ui.optimize;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A side-by-side line diff (java-diff-utils) as aligned rows: each row shows one original line, one optimized
 * line, or both. Each side also knows, per line, its kind and how many filler rows follow it, which is what an
 * editor needs to keep both sides aligned without putting blank lines into the text.
 */
public final class DiffRows {
    /** How a line differs. */
    public enum Kind { EQUAL, CHANGED, ADDED, REMOVED }

    /** One aligned row; a line number is 0 where that side has a filler. */
    public record Row(Kind kind, int left, int right) {}

    private final List<Row> rows;
    private final Side left;
    private final Side right;

    private DiffRows(List<Row> rows, int leftLines, int rightLines) {
        this.rows = List.copyOf(rows);
        this.left = new Side(leftLines);
        this.right = new Side(rightLines);
        int lastLeft = 0, lastRight = 0;
        for (Row r : rows) {
            if (r.left() > 0) {
                left.kinds[r.left()] = r.kind();
                lastLeft = r.left();
            } else {
                left.gaps[lastLeft]++;
            }
            if (r.right() > 0) {
                right.kinds[r.right()] = r.kind();
                lastRight = r.right();
            } else {
                right.gaps[lastRight]++;
            }
        }
    }

    public static DiffRows of(String original, String optimized) {
        List<String> a = lines(original), b = lines(optimized);
        List<Row> rows = new ArrayList<>();
        int ai = 0, bi = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int as = d.getSource().getPosition(), bs = d.getTarget().getPosition();
            while (ai < as) rows.add(new Row(Kind.EQUAL, ++ai, ++bi));
            int n = d.getSource().size(), m = d.getTarget().size();
            pair(a, b, as, n, bs, m, rows);
            ai = as + n;
            bi = bs + m;
        }
        while (ai < a.size()) rows.add(new Row(Kind.EQUAL, ++ai, ++bi));
        return new DiffRows(rows, a.size(), b.size());
    }

    /**
     * Pairs the lines of one changed block: an original line is "changed" into the next optimized line that is
     * similar to it (the optimized lines skipped on the way are "added"); one with no similar line is "removed".
     */
    private static void pair(List<String> a, List<String> b, int as, int n, int bs, int m, List<Row> rows) {
        int j = 0;
        for (int i = 0; i < n; i++) {
            int k = j;
            while (k < m && !similar(a.get(as + i), b.get(bs + k))) k++;
            if (k == m) {
                rows.add(new Row(Kind.REMOVED, as + i + 1, 0));
                continue;
            }
            for (; j < k; j++) rows.add(new Row(Kind.ADDED, 0, bs + j + 1));
            rows.add(new Row(Kind.CHANGED, as + i + 1, bs + k + 1));
            j = k + 1;
        }
        for (; j < m; j++) rows.add(new Row(Kind.ADDED, 0, bs + j + 1));
    }

    /** Half or more of the longer line is a common prefix plus a common suffix. */
    static boolean similar(String x, String y) {
        String s = x.strip(), t = y.strip();
        int max = Math.max(s.length(), t.length());
        if (max == 0) return true;
        int p = 0;
        while (p < s.length() && p < t.length() && s.charAt(p) == t.charAt(p)) p++;
        int q = 0;
        while (q < s.length() - p && q < t.length() - p && s.charAt(s.length() - 1 - q) == t.charAt(t.length() - 1 - q)) q++;
        return (p + q) * 2 >= max;
    }

    /** The lines of a text as an editor shows them (a final newline ends the last line, it starts none). */
    static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(t.split("\r?\n", -1));
    }

    public List<Row> rows() { return rows; }

    /** The original's side. */
    public Side left() { return left; }

    /** The optimized side. */
    public Side right() { return right; }

    public long count(Kind kind) { return rows.stream().filter(r -> r.kind() == kind).count(); }

    /** A one-line summary, e.g. "+12 added · 2 changed · 1 removed". */
    public String summary() {
        long add = count(Kind.ADDED), chg = count(Kind.CHANGED), rem = count(Kind.REMOVED);
        if (add + chg + rem == 0) return "no differences";
        List<String> parts = new ArrayList<>();
        if (add > 0) parts.add(add + " added");
        if (chg > 0) parts.add(chg + " changed");
        if (rem > 0) parts.add(rem + " removed");
        return String.join(" · ", parts);
    }

    /** One side's lines (1-based): their kind and the filler rows after each (index 0: before the first line). */
    public static final class Side {
        private final Kind[] kinds;
        private final int[] gaps;

        private Side(int lines) {
            kinds = new Kind[lines + 1];
            Arrays.fill(kinds, Kind.EQUAL);
            gaps = new int[lines + 1];
        }

        public int lineCount() { return kinds.length - 1; }

        public Kind kind(int line) { return line >= 1 && line < kinds.length ? kinds[line] : Kind.EQUAL; }

        /** Filler rows after {@code line}; line 0 means before the first line. */
        public int gapAfter(int line) { return line >= 0 && line < gaps.length ? gaps[line] : 0; }
    }
}

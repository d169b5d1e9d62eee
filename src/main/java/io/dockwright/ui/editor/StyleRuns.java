package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Token;
import io.dockwright.dockerfile.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Highlighting of a whole text as consecutive runs (length + style classes), built from the parser's
 * tokens with diagnostics overlaid. Adjacent runs never share a style. Immutable; style lists are shared.
 */
public final class StyleRuns {
    /** A piece of the highlighting: {@code length} chars styled with {@code classes}. */
    public record Run(int length, List<String> classes) {}

    private final int[] lengths;
    private final List<List<String>> styles;
    private final int total;

    private StyleRuns(int[] lengths, List<List<String>> styles, int total) {
        this.lengths = lengths;
        this.styles = styles;
        this.total = total;
    }

    /** Highlighting of a text of {@code length} chars. Problem ranges are clamped and at least one char. */
    public static StyleRuns build(int length, List<Token> tokens, List<Problem> problems) {
        int[][] marks = problemMarks(length, problems);
        Builder b = new Builder();
        int pos = 0;
        int ti = 0;
        int mi = 0;
        int[] active = new int[Severity.values().length];
        while (pos < length) {
            while (mi < marks.length && marks[mi][0] <= pos) {
                active[marks[mi][2]] += marks[mi][1];
                mi++;
            }
            while (ti < tokens.size() && tokens.get(ti).end() <= pos) ti++;
            Token t = ti < tokens.size() && tokens.get(ti).start() <= pos ? tokens.get(ti) : null;
            int end = t != null ? Math.min(t.end(), length) : ti < tokens.size() ? Math.min(tokens.get(ti).start(), length) : length;
            if (mi < marks.length) end = Math.min(end, marks[mi][0]);
            Severity sev = strongest(active);
            TokenKind kind = t == null ? null : t.kind();
            b.add(end - pos, TokenStyles.classes(kind, sev));
            pos = end;
        }
        return b.build(length);
    }

    /** Sorted (offset, +1/-1, severity) events for the problems' ranges. */
    private static int[][] problemMarks(int length, List<Problem> problems) {
        List<int[]> out = new ArrayList<>();
        for (Problem p : problems) {
            if (length == 0) break;
            int start = Math.min(Math.max(p.start(), 0), length - 1);
            int end = Math.min(Math.max(p.end(), start + 1), length);
            out.add(new int[] {start, 1, p.severity().ordinal()});
            out.add(new int[] {end, -1, p.severity().ordinal()});
        }
        int[][] marks = out.toArray(new int[0][]);
        Arrays.sort(marks, (a, c) -> Integer.compare(a[0], c[0]));
        return marks;
    }

    private static Severity strongest(int[] active) {
        for (Severity s : Severity.values()) {
            if (active[s.ordinal()] > 0) return s; // ERROR, WARNING, INFO: strongest first
        }
        return null;
    }

    public int length() { return total; }

    public int runCount() { return lengths.length; }

    public Run run(int i) { return new Run(lengths[i], styles.get(i)); }

    /** The classes at a char offset (empty past the end). */
    public List<String> classesAt(int offset) {
        int pos = 0;
        for (int i = 0; i < lengths.length; i++) {
            pos += lengths[i];
            if (offset < pos) return styles.get(i);
        }
        return List.of();
    }

    /**
     * The char range {@code [from, to)} of this (newer) highlighting that differs from {@code older}: runs
     * equal at both ends are left out, so typing restyles only around the edit.
     */
    public int[] changedRange(StyleRuns older) {
        int n = lengths.length;
        int m = older.lengths.length;
        int head = 0;
        int from = 0;
        while (head < n && head < m && lengths[head] == older.lengths[head] && styles.get(head).equals(older.styles.get(head))) {
            from += lengths[head++];
        }
        int tail = 0;
        int to = total;
        while (tail < n - head && tail < m - head
                && lengths[n - 1 - tail] == older.lengths[m - 1 - tail]
                && styles.get(n - 1 - tail).equals(older.styles.get(m - 1 - tail))) {
            to -= lengths[n - 1 - tail++];
        }
        return new int[] {from, Math.max(from, to)};
    }

    /** The runs covering {@code [from, to)}, cut at both ends. */
    public List<Run> slice(int from, int to) {
        List<Run> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < lengths.length && pos < to; i++) {
            int end = pos + lengths[i];
            int a = Math.max(pos, from);
            int z = Math.min(end, to);
            if (z > a) out.add(new Run(z - a, styles.get(i)));
            pos = end;
        }
        return out;
    }

    private static final class Builder {
        private int[] lengths = new int[256];
        private final List<List<String>> styles = new ArrayList<>();

        void add(int length, List<String> style) {
            if (length <= 0) return;
            int n = styles.size();
            if (n > 0 && styles.get(n - 1) == style) {
                lengths[n - 1] += length;
                return;
            }
            if (n == lengths.length) lengths = Arrays.copyOf(lengths, n * 2);
            lengths[n] = length;
            styles.add(style);
        }

        StyleRuns build(int total) {
            return new StyleRuns(Arrays.copyOf(lengths, styles.size()), List.copyOf(styles), total);
        }
    }
}

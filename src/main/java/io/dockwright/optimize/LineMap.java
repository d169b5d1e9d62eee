package io.dockwright.optimize;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps lines of a rewritten text back to the original's (1-based; 0 = a new line). Built pass by pass from
 * line diffs: equal lines map through, a line moved unchanged maps to where it came from.
 */
final class LineMap {
    private final int[] toOriginal;

    private LineMap(int[] toOriginal) { this.toOriginal = toOriginal; }

    static LineMap identity(String text) {
        int n = lines(text).size();
        int[] m = new int[n + 1];
        for (int i = 1; i <= n; i++) m[i] = i;
        return new LineMap(m);
    }

    /** The map for {@code after}, given this map for {@code before}. */
    LineMap then(String before, String after) {
        List<String> a = lines(before), b = lines(after);
        int[] step = new int[b.size() + 1];
        Map<String, Integer> removed = new HashMap<>();
        Map<String, Integer> removedCount = new HashMap<>();
        List<int[]> equal = new ArrayList<>(); // pairs of old/new start, length
        int ai = 0, bi = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int as = d.getSource().getPosition(), bs = d.getTarget().getPosition();
            equal.add(new int[] {ai, bi, as - ai});
            for (int k = 0; k < d.getSource().size(); k++) {
                String line = a.get(as + k);
                removed.put(line, as + k + 1);
                removedCount.merge(line, 1, Integer::sum);
            }
            ai = as + d.getSource().size();
            bi = bs + d.getTarget().size();
            if (d.getType() == DeltaType.EQUAL) equal.add(new int[] {as, bs, d.getSource().size()});
        }
        equal.add(new int[] {ai, bi, a.size() - ai});
        Arrays.fill(step, 0);
        boolean[] set = new boolean[b.size() + 1];
        for (int[] e : equal) {
            for (int k = 0; k < e[2]; k++) { step[e[1] + k + 1] = e[0] + k + 1; set[e[1] + k + 1] = true; }
        }
        for (int j = 1; j <= b.size(); j++) {
            String line = b.get(j - 1);
            if (!set[j] && !line.isBlank() && removedCount.getOrDefault(line, 0) == 1) step[j] = removed.get(line);
        }
        int[] out = new int[b.size() + 1];
        for (int j = 1; j <= b.size(); j++) out[j] = step[j] == 0 ? 0 : original(step[j]);
        return new LineMap(out);
    }

    /** The original line of {@code line}, or 0 when it is new. */
    int original(int line) {
        return line >= 1 && line < toOriginal.length ? toOriginal[line] : 0;
    }

    /** True when the original line survives, unchanged, somewhere in the current text. */
    boolean survives(int originalLine) {
        for (int i = 1; i < toOriginal.length; i++) if (toOriginal[i] == originalLine) return true;
        return false;
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}

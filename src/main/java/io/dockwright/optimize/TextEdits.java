package io.dockwright.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Span-based edits of a text, applied together so every untouched character stays as it was. */
public final class TextEdits {
    private record Edit(int start, int end, String replacement, int order) {}

    private final List<Edit> edits = new ArrayList<>();

    public TextEdits replace(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement, edits.size()));
        return this;
    }

    public TextEdits insert(int at, String text) { return replace(at, at, text); }

    public TextEdits delete(int start, int end) { return replace(start, end, ""); }

    public boolean isEmpty() { return edits.isEmpty(); }

    /** Applies the edits; they must not overlap (inserts at one offset keep the order they were added in). */
    public String apply(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) throw new IllegalStateException("overlapping edits at " + e.start());
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}

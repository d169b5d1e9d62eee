package io.dockwright.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One user-level change of a Dockerfile ("rename stage builder to build"): non-overlapping text edits,
 * sorted by start, all against the same original text. An editor applies them as one undoable change,
 * either one by one from the last to the first, or as the single {@link #merged} edit.
 */
public record StageEdit(String description, List<TextEdit> edits) {
    public StageEdit {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) throw new IllegalArgumentException("overlapping edits");
        }
        edits = List.copyOf(sorted);
    }

    /** The text after all edits. */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit e = edits.get(i);
            out.replace(e.start(), e.end(), e.replacement());
        }
        return out.toString();
    }

    /** One edit covering every change, for editors that replace a single range. */
    public TextEdit merged(String text) {
        if (edits.isEmpty()) return new TextEdit(0, 0, "");
        int start = edits.get(0).start();
        int end = edits.get(edits.size() - 1).end();
        StringBuilder middle = new StringBuilder(text.substring(start, end));
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit e = edits.get(i);
            middle.replace(e.start() - start, e.end() - start, e.replacement());
        }
        return new TextEdit(start, end, middle.toString());
    }
}

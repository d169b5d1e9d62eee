package io.dockwright.stages;

/** Replace the chars {@code [start, end)} of a text with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        if (replacement == null) throw new IllegalArgumentException("null replacement");
    }

    public String apply(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}

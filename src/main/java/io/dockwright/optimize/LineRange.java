package io.dockwright.optimize;

/** A 1-based inclusive range of lines of the original Dockerfile. */
public record LineRange(int first, int last) {
    public LineRange {
        if (first < 1 || last < first) throw new IllegalArgumentException("bad line range " + first + ".." + last);
    }

    public static LineRange of(int line) { return new LineRange(line, line); }

    public boolean contains(int line) { return line >= first && line <= last; }

    @Override
    public String toString() { return first == last ? Integer.toString(first) : first + "-" + last; }
}

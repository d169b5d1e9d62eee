package io.dockwright.dockerfile;

/** A 1-based line and column (columns count chars of the decoded text). */
public record Position(int line, int column) {
    @Override public String toString() { return line + ":" + column; }
}

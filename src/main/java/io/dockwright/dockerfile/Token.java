package io.dockwright.dockerfile;

/** One lexical token. The tokens of a {@link Dockerfile} cover its text without gap or overlap. */
public record Token(TokenKind kind, int start, int end) {
    public int length() { return end - start; }
}

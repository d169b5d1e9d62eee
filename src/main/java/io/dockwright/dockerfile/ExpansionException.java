package io.dockwright.dockerfile;

/**
 * A word that cannot be expanded the way BuildKit would: unterminated quote or {@code ${},
 * bad substitution, {@code ${V?msg}} on an unset variable, invalid pattern. {@code offset} is the char
 * offset in the expanded text where the problem was found.
 */
public final class ExpansionException extends RuntimeException {
    private final int offset;

    public ExpansionException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() { return offset; }
}

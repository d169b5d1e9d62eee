package io.dockwright.dockerfile;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Compact token storage (a kind byte and a start offset per token); tokens are contiguous, so each ends where
 * the next starts. {@link #get} materialises {@link Token} records on demand.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private static final TokenKind[] KINDS = TokenKind.values();

    private byte[] kinds = new byte[64];
    private int[] starts = new int[64];
    private int size;
    private int end;

    /** Appends {@code [start, stop)}; it must begin where the previous token ended. Empty ranges are ignored. */
    void add(TokenKind kind, int start, int stop) {
        if (stop <= start) return;
        if (start != end) throw new IllegalStateException("token gap at " + end + " (next token at " + start + ")");
        if (size > 0 && kind == TokenKind.WHITESPACE && kinds[size - 1] == kind.ordinal()) {
            end = stop;
            return;
        }
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
        }
        kinds[size] = (byte) kind.ordinal();
        starts[size++] = start;
        end = stop;
    }

    /** Offset just after the last token. */
    int end() { return end; }

    @Override
    public Token get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return new Token(KINDS[kinds[index]], starts[index], index + 1 < size ? starts[index + 1] : end);
    }

    @Override
    public int size() { return size; }
}

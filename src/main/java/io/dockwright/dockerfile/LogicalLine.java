package io.dockwright.dockerfile;

import java.util.Arrays;

/**
 * One instruction's text as BuildKit sees it: the content of its physical lines joined, with continuations,
 * comment lines and empty lines dropped. Every logical char maps back to its source offset, and the dropped
 * parts are kept as "gap" tokens, so tokens can be emitted in source order afterwards.
 */
final class LogicalLine {
    private static final byte SEGMENT = -1;

    private final String src;
    private final StringBuilder joined = new StringBuilder();
    private int length;
    private String frozen;
    private byte[] kinds = new byte[256];
    private int[] segLogical = new int[8];
    private int[] segSource = new int[8];
    private int segCount;
    private byte[] pieceKind = new byte[16];
    private int[] pieceStart = new int[16];
    private int[] pieceEnd = new int[16];
    private int pieceCount;
    private int anchor;

    LogicalLine(String src) {
        this.src = src;
    }

    /** Starts a new instruction whose first char stands at source offset {@code anchor}. */
    void reset(int anchor) {
        this.anchor = anchor;
        length = 0;
        frozen = null;
        segCount = 0;
        pieceCount = 0;
    }

    /** Source range {@code [start, end)} dropped from the logical text, emitted as one token of {@code kind}. */
    void gap(TokenKind kind, int start, int end) {
        if (end > start) piece((byte) kind.ordinal(), start, end);
    }

    /** Source range {@code [start, end)} appended to the logical text. */
    void segment(int start, int end) {
        if (end <= start) return;
        if (segCount == segLogical.length) {
            segLogical = Arrays.copyOf(segLogical, segCount * 2);
            segSource = Arrays.copyOf(segSource, segCount * 2);
        }
        segLogical[segCount] = length;
        segSource[segCount++] = start;
        length += end - start;
        piece(SEGMENT, start, end);
    }

    private void piece(byte kind, int start, int end) {
        if (pieceCount == pieceKind.length) {
            pieceKind = Arrays.copyOf(pieceKind, pieceCount * 2);
            pieceStart = Arrays.copyOf(pieceStart, pieceCount * 2);
            pieceEnd = Arrays.copyOf(pieceEnd, pieceCount * 2);
        }
        pieceKind[pieceCount] = kind;
        pieceStart[pieceCount] = start;
        pieceEnd[pieceCount++] = end;
    }

    /** The logical text; also sizes the kinds array (everything starts as whitespace or argument). */
    String freeze() {
        if (segCount == 1) {
            frozen = src.substring(segSource[0], segSource[0] + length);
        } else {
            joined.setLength(0);
            for (int i = 0; i < segCount; i++) {
                int segEnd = i + 1 < segCount ? segLogical[i + 1] : length;
                joined.append(src, segSource[i], segSource[i] + segEnd - segLogical[i]);
            }
            frozen = joined.toString();
        }
        int n = frozen.length();
        if (kinds.length < n) kinds = new byte[Math.max(n, kinds.length * 2)];
        byte ws = (byte) TokenKind.WHITESPACE.ordinal();
        byte arg = (byte) TokenKind.ARGUMENT.ordinal();
        for (int i = 0; i < n; i++) kinds[i] = GoText.isSpace(frozen.charAt(i)) ? ws : arg;
        return frozen;
    }

    int length() { return frozen.length(); }

    /** Classifies logical chars {@code [from, to)}. */
    void mark(int from, int to, TokenKind kind) {
        byte k = (byte) kind.ordinal();
        for (int i = Math.max(0, from), end = Math.min(to, frozen.length()); i < end; i++) kinds[i] = k;
    }

    /** Source offset of logical char {@code i} (0 <= i < length). */
    int source(int i) {
        int lo = 0;
        int hi = segCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segLogical[mid] <= i) lo = mid; else hi = mid - 1;
        }
        return segSource[lo] + (i - segLogical[lo]);
    }

    /** Source span of logical range {@code [from, to)}; an empty range gives an empty span where it stands. */
    Span span(int from, int to) {
        int n = frozen.length();
        if (n == 0) return new Span(anchor, anchor);
        if (to > from) return new Span(source(from), source(to - 1) + 1);
        int p = from < n ? source(from) : source(n - 1) + 1;
        return new Span(p, p);
    }

    /** Emits all pieces as tokens, in source order. */
    void emit(TokenList tokens) {
        TokenKind[] values = TokenKind.values();
        int logical = 0;
        for (int p = 0; p < pieceCount; p++) {
            int start = pieceStart[p];
            int end = pieceEnd[p];
            if (pieceKind[p] != SEGMENT) {
                tokens.add(values[pieceKind[p]], start, end);
                continue;
            }
            int runStart = start;
            byte kind = kinds[logical];
            for (int s = start; s < end; s++, logical++) {
                if (kinds[logical] != kind) {
                    tokens.add(values[kind], runStart, s);
                    runStart = s;
                    kind = kinds[logical];
                }
            }
            tokens.add(values[kind], runStart, end);
        }
    }
}

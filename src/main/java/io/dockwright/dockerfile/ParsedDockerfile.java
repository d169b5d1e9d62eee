package io.dockwright.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The {@link Dockerfile} the parser builds: immutable, with precomputed line starts. */
final class ParsedDockerfile implements Dockerfile {
    private final String text;
    private final char escape;
    private final List<Directive> directives;
    private final List<Instruction> instructions;
    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics;
    private final int[] lineStarts;
    private final byte[] bytes;
    private final boolean singleByteChars;

    /**
     * @param bytes           the input bytes, or null when parsed from a String (then UTF-8 is used)
     * @param singleByteChars true when the text was decoded as ISO-8859-1 (each char after a BOM is one byte)
     */
    ParsedDockerfile(String text, char escape, List<Directive> directives, List<Instruction> instructions,
                     List<Token> tokens, List<Diagnostic> diagnostics, byte[] bytes, boolean singleByteChars) {
        this.text = text;
        this.escape = escape;
        this.directives = directives;
        this.instructions = instructions;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
        this.bytes = bytes;
        this.singleByteChars = singleByteChars;
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
        return starts;
    }

    @Override public String text() { return text; }

    @Override public char escape() { return escape; }

    @Override public List<Directive> directives() { return directives; }

    @Override public List<Instruction> instructions() { return instructions; }

    @Override public List<Token> tokens() { return tokens; }

    @Override public List<Diagnostic> diagnostics() { return diagnostics; }

    /** True when the input was not valid UTF-8 and each char (after a BOM) stands for one input byte. */
    boolean singleByteChars() { return singleByteChars; }

    @Override
    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, o);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, o - lineStarts[line] + 1);
    }

    @Override
    public int lineStart(int line) {
        if (line < 1) return 0;
        if (line > lineStarts.length) return text.length();
        return lineStarts[line - 1];
    }

    @Override public int lineCount() { return lineStarts.length; }

    @Override
    public String print() {
        StringBuilder sb = new StringBuilder(text.length());
        for (Token token : tokens) sb.append(text, token.start(), token.end());
        return sb.toString();
    }

    @Override
    public byte[] encode() {
        return bytes != null ? bytes.clone() : text.getBytes(StandardCharsets.UTF_8);
    }
}

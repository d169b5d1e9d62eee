package io.dockwright.dockerfile;

import java.util.List;

/**
 * A parsed Dockerfile: a lossless syntax tree. {@link #text()} is the decoded source; the tokens cover it
 * exactly, so {@link #print()} gives it back unchanged and {@link #encode()} gives back the input bytes.
 */
public interface Dockerfile {
    /** The decoded source text, including a leading BOM char if there was one. */
    String text();

    /** The escape character in force ({@code \\} or {@code `}). */
    char escape();

    List<Directive> directives();

    List<Instruction> instructions();

    /** Tokens covering {@link #text()} without gap or overlap, in order. */
    List<Token> tokens();

    /** Problems found by the parser (never thrown). */
    List<Diagnostic> diagnostics();

    /** 1-based line and column of a char offset (offsets past the end clamp to the end). */
    Position position(int offset);

    /** Char offset of the start of a 1-based line. */
    int lineStart(int line);

    int lineCount();

    /** The text again, from the tokens. */
    String print();

    /** The original bytes (same charset, BOM and line endings as read). */
    byte[] encode();

    default boolean hasErrors() {
        return diagnostics().stream().anyMatch(Diagnostic::isError);
    }
}

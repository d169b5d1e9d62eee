package io.dockwright.dockerfile;

/** Lexical classes of {@link Token}s; the editor maps each to a style class. */
public enum TokenKind {
    BOM, WHITESPACE, NEWLINE, LINE_CONTINUATION, COMMENT, DIRECTIVE,
    KEYWORD, FLAG, ARGUMENT, STRING, VARIABLE, OPERATOR, JSON_PUNCTUATION,
    HEREDOC_MARKER, HEREDOC_BODY, STAGE_NAME, ERROR
}

package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Token;
import io.dockwright.dockerfile.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleRunsTest {
    // "FROM a AS b\n": keyword, ws, argument, ws, keyword, ws, stage name, newline
    private static final List<Token> TOKENS = List.of(
            new Token(TokenKind.KEYWORD, 0, 4), new Token(TokenKind.WHITESPACE, 4, 5),
            new Token(TokenKind.ARGUMENT, 5, 6), new Token(TokenKind.WHITESPACE, 6, 7),
            new Token(TokenKind.KEYWORD, 7, 9), new Token(TokenKind.WHITESPACE, 9, 10),
            new Token(TokenKind.STAGE_NAME, 10, 11), new Token(TokenKind.NEWLINE, 11, 12));

    @Test
    void runsFollowTokensAndCoverTheText() {
        StyleRuns runs = StyleRuns.build(12, TOKENS, List.of());
        assertEquals(12, runs.length());
        assertEquals(List.of("tk-keyword"), runs.classesAt(0));
        assertEquals(List.of("tk-argument"), runs.classesAt(5));
        assertEquals(List.of("tk-stage-name"), runs.classesAt(10));
        int sum = 0;
        for (int i = 0; i < runs.runCount(); i++) sum += runs.run(i).length();
        assertEquals(12, sum);
    }

    @Test
    void diagnosticsOverlayTheirRangeAndEmptyRangesGetOneChar() {
        Problem stage = new Problem(Severity.ERROR, "x", "bad", 10, 11, 1, 11, "stages");
        Problem empty = new Problem(Severity.WARNING, "y", "hmm", 5, 5, 1, 6, "parser");
        StyleRuns runs = StyleRuns.build(12, TOKENS, List.of(stage, empty));
        assertEquals(List.of("tk-stage-name", "diag-error"), runs.classesAt(10));
        assertEquals(List.of("tk-argument", "diag-warning"), runs.classesAt(5));
        assertEquals(List.of("tk-whitespace"), runs.classesAt(6));
    }

    @Test
    void problemsPastTheEndAreClampedAndGapsStayUnstyled() {
        List<Token> partial = List.of(new Token(TokenKind.COMMENT, 2, 5));
        Problem late = new Problem(Severity.INFO, "z", "late", 50, 60, 9, 1, "parser");
        StyleRuns runs = StyleRuns.build(6, partial, List.of(late));
        assertEquals(List.of(), runs.classesAt(0));
        assertEquals(List.of("tk-comment"), runs.classesAt(3));
        assertEquals(List.of("diag-info"), runs.classesAt(5));
    }

    @Test
    void changedRangeIsOnlyTheEditedPart() {
        StyleRuns before = StyleRuns.build(12, TOKENS, List.of());
        // the argument "a" became "abc": two chars longer, everything else equal
        List<Token> after = List.of(
                new Token(TokenKind.KEYWORD, 0, 4), new Token(TokenKind.WHITESPACE, 4, 5),
                new Token(TokenKind.ARGUMENT, 5, 8), new Token(TokenKind.WHITESPACE, 8, 9),
                new Token(TokenKind.KEYWORD, 9, 11), new Token(TokenKind.WHITESPACE, 11, 12),
                new Token(TokenKind.STAGE_NAME, 12, 13), new Token(TokenKind.NEWLINE, 13, 14));
        StyleRuns now = StyleRuns.build(14, after, List.of());
        assertArrayEquals(new int[] {5, 8}, now.changedRange(before));
        assertEquals(List.of(new StyleRuns.Run(2, List.of("tk-argument")), new StyleRuns.Run(1, List.of("tk-whitespace"))),
                now.slice(6, 9));
        assertArrayEquals(new int[] {14, 14}, now.changedRange(now));
    }
}

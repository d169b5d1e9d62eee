package io.dockwright.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    private static final Function<String, String> ENV =
            ShellWords.env(Map.of("FILE", "archive.tar.gz", "PATH_", "/usr/local/bin", "EMPTY", "", "V", "aXbXc"));

    private static String x(String word) {
        return ShellWords.expand(word, ENV, '\\');
    }

    @Test
    void prefixAndSuffixPatterns() {
        assertEquals("tar.gz", x("${FILE#*.}"));
        assertEquals("gz", x("${FILE##*.}"));
        assertEquals("archive.tar", x("${FILE%.*}"));
        assertEquals("archive", x("${FILE%%.*}"));
        assertEquals("local/bin", x("${PATH_#/usr/}"));
        assertEquals("archive.tar.gz", x("${FILE#nomatch}"));
        assertEquals("rchive.tar.gz", x("${FILE#?}"));
        assertEquals("", x("${UNSET%%*}"));
    }

    @Test
    void replacement() {
        assertEquals("a-bXc", x("${V/X/-}"));
        assertEquals("a-b-c", x("${V//X/-}"));
        assertEquals("abc", x("${V//X/}"));
        assertEquals("aXbXc", x("${V/Q/-}"));
        assertEquals("a*b*c", x("${V//X/*}"));
        // the replacement keeps its escapes (BuildKit reads it raw) and follows Go's template rules
        assertEquals("a\\/b\\/c", x("${V//X/\\/}"));
        assertEquals("<\\aXbXc>", x("${V//*/<\\$0>}"), "$0 is the whole match");
    }

    @Test
    void defaultsAndAlternatives() {
        assertEquals("", x("${EMPTY-dflt}"));
        assertEquals("dflt", x("${EMPTY:-dflt}"));
        assertEquals("alt", x("${EMPTY+alt}"));
        assertEquals("", x("${EMPTY:+alt}"));
        assertEquals("a b", x("${UNSET:-\"a b\"}"));
    }

    @Test
    void backtickEscape() {
        assertEquals("$FILE", ShellWords.expand("`$FILE", ENV, '`'));
        assertEquals("a\\b", ShellWords.expand("a\\b", ENV, '`'), "backslash is plain text when the escape is a backtick");
        assertEquals(List.of("a b", "c"), ShellWords.words("a` b c", ENV, '`'));
    }

    @Test
    void errorsCarryMessageAndOffset() {
        ExpansionException unset = assertThrows(ExpansionException.class, () -> x("img:${TAG?tag is required}"));
        assertEquals("TAG: tag is required", unset.getMessage());
        assertEquals(4, unset.offset());
        ExpansionException open = assertThrows(ExpansionException.class, () -> x("ab${FILE"));
        assertEquals("syntax error: missing '}'", open.getMessage());
        assertEquals(2, open.offset());
        ExpansionException quote = assertThrows(ExpansionException.class, () -> x("x 'abc"));
        assertEquals(2, quote.offset());
        assertEquals("syntax error: bad substitution", assertThrows(ExpansionException.class, () -> x("${:-a}")).getMessage());
        assertThrows(ExpansionException.class, () -> x("${FILE#\\a}"), "invalid escape in a pattern");
        assertThrows(ExpansionException.class, () -> x("${FILE:=x}"), "assignment is not supported");
    }

    @Test
    void reportsMatchedAndUnmatchedNames() {
        ShellWords.Result r = ShellWords.process("$FILE ${NOPE:-x} $EMPTY", ENV, '\\');
        assertEquals(Set.of("FILE", "EMPTY"), r.matched());
        assertEquals(Set.of("NOPE"), r.unmatched());
        assertEquals(List.of("archive.tar.gz", "x"), r.words());
    }

    @Test
    void quotedEmptyStringIsNotAWord() {
        assertEquals(List.of("a", "b"), ShellWords.words("a \"\" b", ENV, '\\'));
        assertEquals(List.of(), ShellWords.words("   ", ENV, '\\'));
    }
}

package io.dockwright.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Docker's .dockerignore rules (moby patternmatcher semantics), case by case. */
class DockerIgnoreTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "*.go|main.go|true",
        "*.go|cmd/main.go|false",
        "**/*.go|cmd/x/main.go|true",
        "**/*.go|main.go|true",
        "docs|docs/a/b.md|true",
        "docs|docsx/a.md|false",
        "/secret|secret|true",
        "./build/../out|out/bin|true",
        "a?c|abc|true",
        "a?c|a/c|false",
        "[a-c].txt|b.txt|true",
        "[a-c].txt|d.txt|false",
        "[^a].txt|b.txt|true",
        "[^a].txt|a.txt|false",
        "**|anything/at/all|true",
        "dir/**/file|dir/file|true",
        "dir/**/file|dir/x/y/file|true",
        "dir/**/file|other/file|false",
        "foo*|foobar/baz|true",
        "a.b|aXb|false",
        "a+b(c)|a+b(c)|true",
        "\\*star|*star|true",
        "\\*star|xstar|false",
        "node_modules|node_modules/lodash/index.js|true",
        "*/temp*|somedir/temporary.txt|true",
        "*/temp*|somedir/sub/temporary.txt|false",
        "temp?|tempa|true",
    })
    void singlePattern(String pattern, String path, boolean excluded) {
        assertEquals(excluded, DockerIgnore.parse(pattern).excludes(path), pattern + " vs " + path);
    }

    @Test
    void lastMatchWinsWithExceptions() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n");
        assertTrue(ignore.excludes("CHANGES.md"));
        assertFalse(ignore.excludes("README.md"));
        assertTrue(ignore.excludes("README-secret.md"));
    }

    @Test
    void exceptionInsideExcludedDirectory() {
        DockerIgnore ignore = DockerIgnore.parse("logs\n!logs/keep.log\n");
        assertTrue(ignore.excludes("logs/a.log"));
        assertFalse(ignore.excludes("logs/keep.log"));
        assertTrue(ignore.mayReinclude("logs"));
        assertFalse(ignore.mayReinclude("other"));
    }

    @Test
    void commentsBlankLinesSpacesAndBom() {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFF# a comment\n\n   target   \r\n #not a comment\n");
        assertEquals(java.util.List.of("target", "#not a comment"), ignore.patterns());
        assertTrue(ignore.excludes("target/classes/A.class"));
        assertFalse(ignore.excludes("# a comment"));
    }

    @Test
    void loneExclamationIsAnErrorWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DockerIgnore.parse("a\n!\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}

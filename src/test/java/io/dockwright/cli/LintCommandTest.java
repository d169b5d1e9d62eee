package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    static final String BAD = "FROM node:latest\nRUN cd /app && npm ci\n";

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void printsOneLinePerFindingAndFailsOnAnyByDefault() throws IOException {
        String f = file("Dockerfile", BAD);
        CliRun r = CliRun.of("lint", f);
        assertEquals(1, r.exit(), r.err());
        assertEquals(f + ":1:6: warning: DL3007 Pin a release instead of 'latest': the image changes under you and "
                + "builds stop being reproducible\n" + f + ":2:5: warning: DL3003 Use WORKDIR to switch directories; "
                + "cd only lasts for this RUN\n", r.out());
        assertTrue(Cli.subcommandNames().contains("lint"));
    }

    @Test
    void standardInputIsLintedAsDashAndLevelsIgnoreCase() {
        java.io.InputStream was = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(BAD.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("lint", "--fail-on", "ERROR", "-");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("-:1:6: warning: DL3007 "), r.out());
        } finally {
            System.setIn(was);
        }
    }

    @Test
    void cleanFilesExitZeroQuietly() throws IOException {
        CliRun r = CliRun.of("lint", file("a", "FROM alpine:3.20\nCMD [\"sh\"]\n"), file("b", "FROM scratch\n"));
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
    }

    @Test
    void parserProblemsAreFindingsToo() throws IOException {
        String f = file("Dockerfile", "FROM alpine:3\nFRM x\n");
        CliRun r = CliRun.of("lint", f);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains(f + ":2:1: error: unknown-instruction unknown instruction: FRM"), r.out());
    }

    @Test
    void instructionsTheEngineRefusesAreErrorsEvenWithFailOnError() throws IOException {
        String f = file("Dockerfile", "FROM alpine:3\nUSER\nHEALTHCHECK FOO\n");
        CliRun r = CliRun.of("lint", "--fail-on", "error", f);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains(f + ":2:1: error: argument-count USER requires exactly one argument\n"), r.out());
        assertTrue(r.out().contains(f + ":3:13: error: healthcheck-type Unknown type \"FOO\" in HEALTHCHECK (try CMD)\n"), r.out());
        assertEquals(0, CliRun.of("lint", "--fail-on", "error", "--ignore", "argument-count", "--ignore", "healthcheck-type", f).exit());
    }

    @Test
    void ignoreAndFailOnChooseWhatCounts() throws IOException {
        String f = file("Dockerfile", BAD);
        CliRun ignored = CliRun.of("lint", "--ignore", "DL3007", "--ignore", "DL3003", f);
        assertEquals(0, ignored.exit());
        assertEquals("", ignored.out());
        CliRun errorsOnly = CliRun.of("lint", "--fail-on", "error", f);
        assertEquals(0, errorsOnly.exit(), "warnings do not fail with --fail-on error");
        assertEquals(2, errorsOnly.out().lines().count());
        assertEquals(1, CliRun.of("lint", "--fail-on", "warning", f).exit());
        assertEquals(0, CliRun.of("lint", "--fail-on", "none", file("m", "FROM a:1\nMAINTAINER me\n")).exit());
    }

    @Test
    void jsonHasPositionsIdsAndLinks() throws IOException {
        String f = file("Dockerfile", BAD);
        CliRun r = CliRun.of("lint", "--format", "json", f);
        assertEquals(1, r.exit());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(2, array.size());
        JsonNode first = array.get(0);
        assertEquals(f, first.get("file").asText());
        assertEquals(1, first.get("line").asInt());
        assertEquals(6, first.get("column").asInt());
        assertEquals(1, first.get("endLine").asInt());
        assertEquals(17, first.get("endColumn").asInt());
        assertEquals("warning", first.get("severity").asText());
        assertEquals("DL3007", first.get("id").asText());
        assertEquals("https://github.com/hadolint/hadolint/wiki/DL3007", first.get("url").asText());
    }

    @Test
    void missingFilesAndDirectoriesAreOneLineErrors() throws IOException {
        String good = file("Dockerfile", BAD);
        CliRun r = CliRun.of("lint", dir.resolve("nope").toString(), dir.toString(), good);
        assertEquals(2, r.exit());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("cannot read " + dir.resolve("nope") + ": no such file"), r.err());
        assertTrue(r.err().contains("cannot read " + dir + ": is a directory"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, r.out().lines().count(), "the readable file is still linted");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("lint").exit());
        assertEquals(2, CliRun.of("lint", "--fail-on", "sometimes", "x").exit());
    }
}

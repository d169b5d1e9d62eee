package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dockwright parse}, run in-process with captured output. */
class ParseCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("Dockerfile"), text);
    }

    @Test
    void printsTheBuildkitDump() throws IOException {
        Path f = file("FROM alpine AS base\nCOPY --from=base --chown=1:1 a b\nCMD [\"sh\", \"-c\"]\n");
        assertEquals(0, run("parse", f.toString()));
        assertEquals("(from \"alpine\" \"AS\" \"base\")\n(copy [\"--from=base\" \"--chown=1:1\"] \"a\" \"b\")\n"
                + "(cmd \"sh\" \"-c\")\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void reportsErrorsWithPositionsAndExitsOne() throws IOException {
        Path f = file("FROM alpine\n\nENV PATH\n");
        assertEquals(1, run("parse", f.toString(), "--format", "buildkit"));
        assertEquals(f + ":3:1: error: ENV must have two arguments\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void instructionChecksAreErrorsOnePerLineInFileOrder() throws IOException {
        Path f = file("RUN true\nFROM alpine AS 1x\nCOPY --frm=x a b\nHEALTHCHECK --interval=abc CMD true\nSHELL sh\n");
        assertEquals(1, run("parse", f.toString()));
        assertEquals(f + ":1:1: error: no build stage in current context\n"
                + f + ":2:16: error: invalid name for build stage: \"1x\", name can't start with a number or contain symbols\n"
                + f + ":3:6: error: Unknown flag: frm\n"
                + f + ":4:13: error: time: invalid duration \"abc\"\n"
                + f + ":5:7: error: SHELL requires the arguments to be in JSON form\n", err.toString());
        assertEquals("", out.toString(), "no dump for a file the engine refuses");
    }

    @Test
    void whatOnlyANewerBuildkitAcceptsIsAWarning() throws IOException {
        Path f = file("FROM alpine\nCOPY --link a b\n");
        assertEquals(0, run("parse", f.toString()));
        assertEquals(f + ":2:6: warning: COPY --link: Docker Engine 20.10's builders (BuildKit 0.8) reject it"
                + " (\"Unknown flag: link\"); newer BuildKit releases accept it\n", err.toString());
    }

    @Test
    void unknownInstructionIsAnErrorAtItsKeyword() throws IOException {
        Path f = file("FROM alpine\n  RUNN echo\n");
        assertEquals(1, run("parse", f.toString()));
        assertTrue(err.toString().startsWith(f + ":2:3: error: unknown instruction: RUNN"), err.toString());
    }

    @Test
    void warningsGoToStderrButDoNotFail() throws IOException {
        Path f = file("FROM alpine\nCMD ['sh']\n");
        assertEquals(0, run("parse", f.toString()));
        assertEquals("(from \"alpine\")\n(cmd \"['sh']\")\n", out.toString());
        assertTrue(err.toString().startsWith(f + ":2:5: warning: not a valid JSON array"), err.toString());
    }

    @Test
    void missingFileIsAClearErrorWithoutStackTrace() {
        assertEquals(1, run("parse", dir.resolve("nope").toString()));
        assertEquals("dockwright parse: cannot read " + dir.resolve("nope") + ": no such file\n", err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void directoryIsAClearError() {
        assertEquals(1, run("parse", dir.toString()));
        assertTrue(err.toString().startsWith("dockwright parse: cannot read " + dir), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void jsonHasInstructionsFlagsArgumentsHeredocsAndRanges() throws IOException {
        Path f = file("FROM alpine\nRUN --mount=type=cache,target=/c <<EOF\n  echo hi\nEOF\nENV A=1 B=2\n");
        assertEquals(0, run("parse", f.toString(), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode run = root.get("instructions").get(1);
        assertEquals("RUN", run.get("keyword").asText());
        assertEquals(2, run.get("line").asInt());
        assertEquals(4, run.get("endLine").asInt());
        assertEquals("mount", run.get("flags").get(0).get("name").asText());
        assertEquals("type=cache,target=/c", run.get("flags").get(0).get("value").asText());
        assertEquals("<<EOF", run.get("arguments").get(0).asText());
        assertEquals("  echo hi\n", run.get("heredocs").get(0).get("content").asText());
        JsonNode env = root.get("instructions").get(2);
        assertEquals("B", env.get("pairs").get(1).get("key").asText());
        assertEquals(0, root.get("diagnostics").size());
    }

    @Test
    void jsonStillPrintsTheTreeWhenThereAreErrors() throws IOException {
        Path f = file("FROM alpine\nRUN <<EOF\nnever closed\n");
        assertEquals(1, run("parse", f.toString(), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("unterminated-heredoc", root.get("diagnostics").get(0).get("code").asText());
        assertEquals(2, root.get("diagnostics").get(0).get("line").asInt());
        assertTrue(err.toString().contains(":2:5: error: unterminated heredoc"), err.toString());
    }

    @Test
    void parseIsARegisteredSubcommand() {
        assertTrue(Cli.subcommandNames().contains("parse"));
    }
}

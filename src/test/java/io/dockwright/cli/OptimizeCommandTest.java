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

class OptimizeCommandTest {
    static final String GUIDE = "FROM python:3.7\n\nWORKDIR /app\n\nCOPY . .\n\nRUN pip install -r req.txt\n\nENTRYPOINT [\"python\", \"run.py\"]\n";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path project(String dockerfile) throws IOException {
        Files.writeString(dir.resolve("req.txt"), "six==1.16.0\n");
        Files.writeString(dir.resolve("run.py"), "print('hi')\n");
        return Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    }

    @Test
    void printsTheOptimizedFileAndListsChangesOnStderr() throws IOException {
        CliRun r = run("optimize", project(GUIDE).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("FROM python:3.7 AS builder"), r.out());
        assertTrue(r.out().contains("FROM python:3.7-slim"), r.out());
        assertTrue(r.err().contains("* Split into builder and runtime stages (Python) (lines 1-9)"), r.err());
        assertTrue(r.err().contains("* Dependency manifests copied before the sources"), r.err());
        assertFalse(r.err().contains("why:"), "reasons only with --explain");
        assertTrue(Cli.subcommandNames().contains("optimize"));
    }

    @Test
    void refusesAFileTheEngineWouldRefuseAndSaysWhy() throws IOException {
        CliRun r = run("optimize", project(GUIDE.replace("WORKDIR /app", "WORKDIR")).toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("line 3, column 1: WORKDIR requires exactly one argument"), r.err());
    }

    @Test
    void writesOutAtomicallyAndExplains() throws IOException {
        Path file = project(GUIDE);
        Path out = dir.resolve("Dockerfile.multistage");
        CliRun r = run("optimize", file.toString(), "-o", out.toString(), "--explain");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("COPY --from=builder /opt/venv /opt/venv"));
        assertEquals(GUIDE, Files.readString(file), "the input is not touched");
        assertTrue(r.err().contains("why: pip installs into a virtual environment"), r.err());
        assertTrue(r.err().contains("Proposed .dockerignore:"), r.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void jsonHasTextChangesAndAccounting() throws IOException {
        CliRun r = run("optimize", project(GUIDE).toString(), "--json", "--context", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("changed").asBoolean());
        assertTrue(json.get("optimized").asText().contains("FROM python:3.7-slim"));
        assertTrue(json.get("changes").size() >= 3);
        assertEquals("multi-stage", json.get("changes").get(1).get("id").asText());
        assertEquals(5, json.get("accounting").size());
        assertEquals("moved to the runtime stage", json.get("accounting").get(4).get("fate").asText());
    }

    @Test
    void unchangedFileExitsThreeWithTheReason() throws IOException {
        CliRun r = run("optimize", project("FROM mycorp/base:1\nCMD [\"x\"]\n").toString());
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("left unchanged: No multi-stage split: the base image mycorp/base:1 is not in the runtime base table"), r.err());
    }

    @Test
    void unreadableInputExitsOneWithoutStackTrace() throws IOException {
        CliRun missing = run("optimize", dir.resolve("nope").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path binary = Files.write(dir.resolve("bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        CliRun bad = run("optimize", binary.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("not UTF-8"), bad.err());
        CliRun badBases = run("optimize", project(GUIDE).toString(), "--bases", binary.toString());
        assertEquals(1, badBases.exit());
        assertFalse((missing.err() + bad.err() + badBases.err()).contains("\tat "), "no stack trace");
    }
}

package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.EngineFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void missingEngineIsAClearErrorListingTheAttempt() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        String sock = "unix://" + dir.resolve("no-engine.sock");
        Outcome o = run("compare", "--original", dir.resolve("Dockerfile").toString(), "--optimized",
                dir.resolve("Dockerfile").toString(), "--context", dir.toString(), "--engine", sock);
        assertEquals(CompareCommand.NO_ENGINE, o.code(), o.err());
        assertTrue(o.err().contains("No Docker engine answered"), o.err());
        assertTrue(o.err().contains(sock), o.err());
        assertTrue(o.err().contains("How to get an engine"), o.err());
    }

    @Test
    void unreadableDockerfileIsABadArgument() {
        Outcome o = run("compare", "--original", dir.resolve("nope").toString(), "--optimized", dir.resolve("nope").toString(),
                "--context", dir.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("cannot read"), o.err());
    }

    @Test
    void comparesTheCExampleAsJson() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("gcc:12", "debian:bookworm-slim");
            Path example = EngineFixture.example("c-make");
            String prefix = engine.tag("compare").replace(":latest", "");
            Outcome o = run("compare", "--original", example.resolve("Dockerfile").toString(),
                    "--optimized", example.resolve("Dockerfile.multistage").toString(), "--context", example.toString(),
                    "--tag-prefix", prefix, "--network", "host", "--json");
            try {
                assertEquals(0, o.code(), o.err());
                JsonNode json = new ObjectMapper().readTree(o.out());
                long fat = json.path("original").path("sizeBytes").asLong();
                long lean = json.path("optimized").path("sizeBytes").asLong();
                assertEquals(fat, engine.engineImageSize(prefix + ":original"));
                assertTrue(lean < fat);
                assertEquals(Math.round(1000.0 * (fat - lean) / fat) / 10.0, json.path("reductionPercent").asDouble(), 0.051);
                boolean makeLayer = false;
                for (JsonNode l : json.path("original").path("layers")) {
                    if (l.path("line").asInt() == 8 && l.path("instruction").asText().equals("RUN make")) makeLayer = true;
                }
                assertTrue(makeLayer, o.out());
                assertTrue(json.path("optimized").path("buildSeconds").asDouble() > 0);
            } finally {
                removeBoth(engine, prefix);
            }
        }
    }

    @Test
    void aFailingBuildExitsNonZeroNamingFileAndLine() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("debian:bookworm-slim");
            Files.writeString(dir.resolve("good"), "FROM debian:bookworm-slim\n");
            Files.writeString(dir.resolve("bad"), "FROM debian:bookworm-slim\nRUN false\n");
            String prefix = engine.prefix + "-fail";
            Outcome o = run("compare", "--original", dir.resolve("good").toString(), "--optimized", dir.resolve("bad").toString(),
                    "--context", dir.toString(), "--tag-prefix", prefix);
            try {
                assertEquals(CompareCommand.BUILD_FAILED, o.code(), o.err());
                assertTrue(o.err().contains("building optimized failed: " + dir.resolve("bad") + ":2"), o.err());
                assertTrue(o.err().contains("RUN false"), o.err());
            } finally {
                try {
                    engine.session.connection().client().removeImageCmd(prefix + ":original").withForce(true).exec();
                } catch (RuntimeException ignored) {
                    // not built
                }
            }
        }
    }

    @Test
    void badProbesAreBadArgumentsNamingThem() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        String df = dir.resolve("Dockerfile").toString();
        Outcome http = run("compare", "--original", df, "--optimized", df, "--context", dir.toString(), "--probe-http", "web:/");
        assertEquals(2, http.code(), http.err());
        assertTrue(http.err().contains("HTTP probe 'web:/': expected PORT:PATH"), http.err());
        Outcome regex = run("compare", "--original", df, "--optimized", df, "--context", dir.toString(), "--ignore", "(\\d+");
        assertEquals(2, regex.code(), regex.err());
        assertTrue(regex.err().contains("ignore rule '(\\d+': Unclosed group at index 4"), regex.err());
        Outcome cmd = run("compare", "--original", df, "--optimized", df, "--context", dir.toString(), "--probe-cmd", "[\"ls\", 1]");
        assertEquals(2, cmd.code(), cmd.err());
        assertTrue(cmd.err().contains("every element must be a string"), cmd.err());
    }

    @Test
    void verifyExitsFiveNamingTheMissingFileAndZeroWhenEquivalent() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("debian:bookworm-slim");
            Files.writeString(dir.resolve("run.sh"), "cat data.txt\n");
            Files.writeString(dir.resolve("data.txt"), "the data\n");
            String app = "FROM debian:bookworm-slim\nWORKDIR /app\n%s\nCMD [\"sh\", \"run.sh\"]\n";
            Files.writeString(dir.resolve("Dockerfile"), String.format(app, "COPY run.sh data.txt ./"));
            Files.writeString(dir.resolve("Dockerfile.broken"), String.format(app, "COPY run.sh ./"));
            Files.writeString(dir.resolve("Dockerfile.same"), String.format(app, "COPY data.txt ./\nCOPY run.sh ./"));
            String prefix = engine.prefix + "-verify";
            try {
                Outcome broken = run("compare", "--original", dir.resolve("Dockerfile").toString(), "--optimized",
                        dir.resolve("Dockerfile.broken").toString(), "--context", dir.toString(), "--network", "host",
                        "--tag-prefix", prefix, "--verify");
                assertEquals(CompareCommand.DIFFERS, broken.code(), broken.out() + broken.err());
                assertTrue(broken.out().contains("verification: DIFFERS"), broken.out());
                assertTrue(broken.out().contains("optimized: cat: data.txt: No such file or directory"), broken.out());
                assertTrue(broken.err().contains("[verify] Default command: DIFFERS"), broken.err());

                Outcome json = run("compare", "--original", dir.resolve("Dockerfile").toString(), "--optimized",
                        dir.resolve("Dockerfile.broken").toString(), "--context", dir.toString(), "--network", "host",
                        "--tag-prefix", prefix, "--json", "--probe-cmd", "[\"ls\", \"/app\"]");
                assertEquals(CompareCommand.DIFFERS, json.code(), json.err());
                JsonNode verdict = new ObjectMapper().readTree(json.out()).path("verification");
                assertEquals("DIFFERS", verdict.path("outcome").asText(), json.out());
                assertEquals("probe-command-1", verdict.path("checks").get(3).path("id").asText());
                assertEquals("DIFFERS", verdict.path("checks").get(3).path("outcome").asText());

                Outcome same = run("compare", "--original", dir.resolve("Dockerfile").toString(), "--optimized",
                        dir.resolve("Dockerfile.same").toString(), "--context", dir.toString(), "--network", "host",
                        "--tag-prefix", prefix, "--verify");
                assertEquals(0, same.code(), same.out() + same.err());
                assertTrue(same.out().contains("verification: EQUIVALENT"), same.out());
            } finally {
                removeBoth(engine, prefix);
            }
        }
    }

    /** Removes PREFIX:original and PREFIX:optimized, those that were built. */
    private static void removeBoth(EngineFixture engine, String prefix) throws Exception {
        for (String t : new String[] {prefix + ":original", prefix + ":optimized"}) {
            try {
                engine.session.connection().client().removeImageCmd(t).withForce(true).exec();
            } catch (RuntimeException notBuilt) {
                // nothing to remove
            }
        }
    }
}

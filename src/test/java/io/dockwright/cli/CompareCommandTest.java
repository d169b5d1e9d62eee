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
                for (String t : new String[] {prefix + ":original", prefix + ":optimized"}) {
                    try {
                        engine.session.connection().client().removeImageCmd(t).withForce(true).exec();
                    } catch (RuntimeException ignored) {
                        // not built
                    }
                }
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
}

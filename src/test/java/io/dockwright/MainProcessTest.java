package io.dockwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line in its own process, as a user runs it: environment, log file, stdout and stderr. */
class MainProcessTest {
    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {}

    private Run dockwright(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddockwright.home=" + home, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dockwright " + String.join(" ", args) + " did not end");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private String log() throws Exception {
        return Files.readString(home.resolve("logs/dockwright.log"), StandardCharsets.UTF_8);
    }

    @Test
    void sshDockerHostIsOneMessageNotAStackTraceAndTheLogSaysSo() throws Exception {
        Run r = dockwright(Map.of("DOCKER_HOST", "ssh://root@host"), "engine");
        String message = "ssh://root@host (from DOCKER_HOST) cannot be used: Dockwright cannot open ssh:// endpoints yet";
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("ssh -NL /tmp/docker.sock:/var/run/docker.sock root@host"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertTrue(r.exit() == 0 || r.exit() == 4, r.exit() + r.err());
        if (r.exit() == 0) {
            assertEquals(1, r.out().lines().count(), "stdout holds the result only: " + r.out());
            assertTrue(r.out().startsWith("Docker Engine ") || r.out().startsWith("Podman "), r.out());
        } else {
            assertEquals("", r.out());
        }
        String log = log();
        assertTrue(log.contains(message), log);
        assertTrue(log.contains("dockwright ") && log.contains("(command line) engine"), log);
    }

    @Test
    void versionNamesTheLogAndVerboseJsonStaysCleanOnStdout() throws Exception {
        Run version = dockwright(Map.of(), "--version");
        assertEquals(0, version.exit());
        List<String> lines = version.out().lines().toList();
        assertTrue(lines.get(0).startsWith("dockwright "), version.out());
        assertEquals("log: " + home.resolve("logs/dockwright.log"), lines.get(1));

        Path dockerfile = home.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM debian:bookworm-slim AS base\nRUN echo hi\n");
        Run json = dockwright(Map.of(), "graph", dockerfile.toString(), "--format", "json", "--verbose");
        assertEquals(0, json.exit(), json.err());
        new ObjectMapper().readTree(json.out()); // stdout is exactly the JSON document
        assertFalse(json.out().contains("dockwright:"), json.out());
        assertTrue(json.err().contains("dockwright: INFO: dockwright "), "--verbose copies info lines to stderr: " + json.err());
    }
}

package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every kind of endpoint Dockwright cannot open, through the real discovery (the standard locators, a made-up home)
 * and the real {@code dockwright engine}: one message naming the endpoint, where it came from and what to do; no
 * stack trace; discovery lists it and goes on to the next locator.
 */
class EngineEndpointsCliTest {
    @TempDir
    Path home;

    /** The endpoint, a part of why it cannot be used, and a part of what to do instead (for DOCKER_HOST). */
    record Case(String endpoint, String why, String todo) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("ssh://root@host", "cannot open ssh:// endpoints yet",
                        "ssh -NL /tmp/docker.sock:/var/run/docker.sock root@host (leave it running), then set DOCKER_HOST=unix:///tmp/docker.sock"),
                new Case("ssh://me@box:2222", "cannot open ssh:// endpoints yet", "ssh -p 2222 -NL /tmp/docker.sock:/var/run/docker.sock me@box"),
                new Case("fd://", "socket activation", "Set DOCKER_HOST=unix:///var/run/docker.sock"),
                new Case("npipe:////./pipe/docker_engine", "Windows named pipe", "Set DOCKER_HOST=unix:///var/run/docker.sock"),
                new Case("http://localhost:2375", "not http://", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("https://localhost:99999", "port 99999 is out of range", "Set DOCKER_HOST=tcp://localhost:2376"),
                new Case("tcp://localhost:99999", "port 99999 is out of range", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("tcp://localhost:0", "port 0 is out of range", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("tcp://localhost:abc", "port \"abc\" is not a number", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("tcp://localhost", "the port is missing", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("tcp://localhost:2375/v1.41", "has no path", "Set DOCKER_HOST=tcp://localhost:2375"),
                new Case("foo://bar", "unknown scheme \"foo\"", "Set DOCKER_HOST=unix:///path/to/docker.sock or tcp://host:2376"),
                new Case("tcp://[bad", "not a valid URI", "Set DOCKER_HOST=unix:///path/to/docker.sock"),
                new Case("not a uri", "contains a space", "Set DOCKER_HOST=unix:///path/to/docker.sock"),
                new Case("unix://", "socket path is missing", "Set DOCKER_HOST=unix:///var/run/docker.sock"),
                new Case("unix://var/run/docker.sock", "must be absolute", "Set DOCKER_HOST=unix:///var/run/docker.sock"),
                new Case("localhost:2375", "no scheme", "Set DOCKER_HOST=tcp://localhost:2375"));
    }

    private HostEnvironment env(Map<String, String> vars) {
        return new HostEnvironment(vars, home);
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception"), "a stack trace or exception name: " + text);
    }

    @ParameterizedTest(name = "DOCKER_HOST={0}")
    @MethodSource("cases")
    void eachUnusableDockerHostIsOneMessageAndTheCliGoesOn(Case c) {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "npipe:// works on Windows");
        CliRun r = CliRun.of(env(Map.of("DOCKER_HOST", c.endpoint())), "engine", "--verbose");
        String expected = c.endpoint() + " (from DOCKER_HOST) cannot be used: ";
        assertTrue(r.err().contains(expected), r.err());
        String message = r.err().lines().filter(l -> l.contains(expected)).findFirst().orElseThrow();
        assertTrue(message.contains(c.why()), message);
        assertTrue(message.contains(c.todo()), message);
        assertNoStackTrace(r.err());
        assertTrue(r.exit() == 0 || r.exit() == 4, "answered by the next locator, or no engine: " + r.exit() + r.err());
        String report = r.exit() == 0 ? r.out() : r.err();
        int unusable = report.indexOf("DOCKER_HOST: " + c.endpoint() + " - cannot be used");
        assertTrue(unusable >= 0, "the report lists it as an attempt: " + report);
        assertTrue(report.indexOf("system socket:") > unusable, "and goes on to the next locator: " + report);
    }

    @ParameterizedTest(name = "discovery: {0}")
    @MethodSource("cases")
    void theRealDiscoveryRecordsItAsAnUnusableAttemptAndTriesTheNextLocator(Case c) {
        EngineDiscovery discovery = new EngineDiscovery(EngineDiscovery.standardLocators(null),
                new EngineConnector(Duration.ofSeconds(2)), false);
        List<EngineDiscovery.Attempt> attempts;
        try (EngineConnection connection = discovery.connect(env(Map.of("DOCKER_HOST", c.endpoint())))) {
            attempts = connection.attempts();
            assertEquals(1, connection.unusable().size());
        } catch (EngineUnavailableException e) {
            attempts = e.attempts();
            assertTrue(e.getMessage().startsWith(c.endpoint() + " (from DOCKER_HOST) cannot be used"), e.getMessage());
        }
        EngineDiscovery.Attempt first = attempts.stream().filter(a -> a.locator().equals("DOCKER_HOST")).findFirst().orElseThrow();
        assertTrue(first.unusable(), first.toString());
        assertTrue(first.outcome().contains(c.why()), first.outcome());
        assertTrue(attempts.indexOf(first) < attempts.size() - 1, "more locators after it: " + attempts);
        assertTrue(attempts.stream().anyMatch(a -> a.locator().equals("system socket")), attempts.toString());
    }

    @Test
    void theEnginesOwnEndpointsAreNotFlagged() {
        for (String ok : List.of("unix:///var/run/docker.sock", "tcp://localhost:2375", "tcp://[::1]:2376", "tcp://10.1.2.3:2376/")) {
            EngineDiscovery discovery = new EngineDiscovery(EngineDiscovery.standardLocators(ok), new EngineConnector(Duration.ofSeconds(1)), false);
            try (EngineConnection c = discovery.connect(env(Map.of()))) {
                assertTrue(c.unusable().isEmpty(), ok);
            } catch (EngineUnavailableException e) {
                assertFalse(e.attempts().get(0).unusable(), ok + ": " + e.attempts());
            }
        }
    }

    @Test
    void aContextPointingAtSshNamesTheContextAndHowToChangeIt() throws Exception {
        Path docker = home.resolve(".docker");
        Path meta = docker.resolve("contexts/meta").resolve(sha256("remote"));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"),
                "{\"Name\":\"remote\",\"Endpoints\":{\"docker\":{\"Host\":\"ssh://deploy@build-box\",\"SkipTLSVerify\":false}}}");
        Files.writeString(docker.resolve("config.json"), "{\"currentContext\": \"remote\"}");
        CliRun r = CliRun.of(env(Map.of()), "engine");
        String expected = "ssh://deploy@build-box (from docker context 'remote' (chosen by " + docker.resolve("config.json") + ")) cannot be used";
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(r.err().contains("ssh -NL /tmp/docker.sock:/var/run/docker.sock deploy@build-box"), r.err());
        assertTrue(r.err().contains("docker context update remote --docker host=unix:///tmp/docker.sock"), r.err());
        assertNoStackTrace(r.err());

        CliRun byVariable = CliRun.of(env(Map.of("DOCKER_CONTEXT", "remote")), "engine");
        assertTrue(byVariable.err().contains("(from docker context 'remote' (chosen by DOCKER_CONTEXT)) cannot be used"), byVariable.err());
    }

    @Test
    void aBrokenDockerConfigIsANoteNotASilentDefault() throws Exception {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": ");
        CliRun r = CliRun.of(env(Map.of()), "engine", "-v");
        String report = r.exit() == 0 ? r.out() : r.err();
        assertTrue(report.contains("Docker context: cannot read the current context from " + home.resolve(".docker/config.json")), report);
        assertNoStackTrace(r.err());
    }

    @Test
    void anUnusableEngineOptionEndsTheSearchWithTheCommandLinesAdvice() {
        CliRun r = CliRun.of(env(Map.of("DOCKER_HOST", "unix:///var/run/docker.sock")), "engine", "--engine", "ssh://root@host");
        assertEquals(CompareCommand.NO_ENGINE, r.exit(), r.err());
        assertTrue(r.err().startsWith("dockwright engine: ssh://root@host (from --engine) cannot be used"), r.err());
        assertTrue(r.err().contains("then pass --engine unix:///tmp/docker.sock"), r.err());
        assertFalse(r.err().contains("system socket"), "the user said where the engine is: " + r.err());
        assertNoStackTrace(r.err());
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}

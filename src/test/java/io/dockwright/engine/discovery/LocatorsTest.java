package io.dockwright.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each locator against a made-up home folder and environment. */
class LocatorsTest {
    @TempDir
    Path home;

    private HostEnvironment env(Map<String, String> vars) {
        return new HostEnvironment(vars, home);
    }

    @Test
    void dockerHostWithTls() {
        EngineLocator.Proposal p = new DockerHostLocator().locate(env(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs")));
        assertEquals(List.of(new EngineEndpoint("tcp://10.0.0.5:2376", true, "/certs", EndpointOrigin.environment())), p.endpoints());
        assertEquals("DOCKER_HOST is not set", new DockerHostLocator().locate(env(Map.of())).note());
    }

    @Test
    void currentContextFromConfigJsonAndMeta() throws Exception {
        Path docker = home.resolve(".docker");
        Files.createDirectories(docker);
        Files.writeString(docker.resolve("config.json"), "{\"currentContext\":\"colima\"}");
        Path meta = docker.resolve("contexts/meta/" + DockerContextLocator.sha256("colima"));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"),
                "{\"Name\":\"colima\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///home/u/.colima/docker.sock\",\"SkipTLSVerify\":false}}}");
        EngineLocator.Proposal p = new DockerContextLocator().locate(env(Map.of()));
        assertEquals("unix:///home/u/.colima/docker.sock", p.endpoints().get(0).uri());
        assertFalse(p.endpoints().get(0).tlsVerify(), "no TLS material stored: plain");
        assertTrue(p.endpoints().get(0).source().contains("colima"));

        EngineLocator.Proposal viaEnv = new DockerContextLocator().locate(env(Map.of("DOCKER_CONTEXT", "missing")));
        assertTrue(viaEnv.endpoints().isEmpty());
        assertTrue(viaEnv.note().contains("context 'missing' (DOCKER_CONTEXT) does not exist"), viaEnv.note());
        assertTrue(new DockerContextLocator().locate(env(Map.of("DOCKER_CONTEXT", "default"))).endpoints().isEmpty());
    }

    @Test
    void socketsThatExistAreProposedOthersExplained() throws Exception {
        Path run = home.resolve("run");
        Files.createDirectories(run.resolve("podman"));
        Files.createFile(run.resolve("podman/podman.sock"));
        EngineLocator.Proposal podman = SocketLocator.podman().locate(env(Map.of("XDG_RUNTIME_DIR", run.toString())));
        assertEquals("unix://" + run.resolve("podman/podman.sock"), podman.endpoints().get(0).uri());
        assertNull(podman.note());
        EngineLocator.Proposal rootless = SocketLocator.rootless().locate(env(Map.of()));
        assertEquals("XDG_RUNTIME_DIR is not set", rootless.note());
        EngineLocator.Proposal desktop = SocketLocator.desktop().locate(env(Map.of()));
        assertTrue(desktop.note().contains(".docker/run/docker.sock does not exist"), desktop.note());
    }

    @Test
    void noEngineMessageListsEveryAttemptAndHowToStartOne() throws Exception {
        Path run = home.resolve("run");
        Files.createDirectories(run);
        Files.createFile(run.resolve("docker.sock")); // a file, not a listening socket
        EngineDiscovery discovery = new EngineDiscovery(List.of(new DockerHostLocator(), SocketLocator.rootless(),
                SocketLocator.desktop()), new EngineConnector(Duration.ofSeconds(1)));
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> discovery.connect(env(Map.of("XDG_RUNTIME_DIR", run.toString()))));
        assertEquals(3, e.attempts().size());
        assertTrue(e.getMessage().contains("DOCKER_HOST: DOCKER_HOST is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("rootless Docker: unix://" + run.resolve("docker.sock") + " - no answer"), e.getMessage());
        assertTrue(e.getMessage().contains("How to get an engine"), e.getMessage());
    }

    @Test
    void overrideReplacesTheOtherLocators() {
        List<EngineLocator> locators = EngineDiscovery.standardLocators("tcp://127.0.0.1:1");
        assertEquals(1, locators.size());
        assertEquals(7, EngineDiscovery.standardLocators(null).size());
    }
}

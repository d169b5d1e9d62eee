package io.dockwright.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointSyntaxTest {
    @Test
    void acceptsWhatTheConnectorCanOpen() {
        for (String ok : new String[] {"", "  ", null, "unix:///var/run/docker.sock", "tcp://10.0.0.5:2376", "tcp://docker.local:2375/",
                "tcp://[::1]:2375"}) {
            assertEquals(Optional.empty(), EndpointSyntax.problem(ok), String.valueOf(ok));
        }
    }

    @Test
    void namedPipesOnlyOnWindows() {
        assertEquals(Optional.empty(), EndpointSyntax.check("npipe:////./pipe/docker_engine", true));
        EndpointSyntax.Problem p = EndpointSyntax.check("npipe:////./pipe/docker_engine", false).orElseThrow();
        assertTrue(p.why().contains("Windows named pipe"), p.why());
        assertEquals("unix:///var/run/docker.sock", p.instead());
    }

    @Test
    void explainsWhatIsWrong() {
        assertTrue(EndpointSyntax.problem("/var/run/docker.sock").orElseThrow().contains("unix:///var/run/docker.sock"));
        assertTrue(EndpointSyntax.problem("tcp://host").orElseThrow().contains("port is missing"));
        assertTrue(EndpointSyntax.problem("tcp://host:99999").orElseThrow().contains("out of range"));
        assertTrue(EndpointSyntax.problem("unix://var/run/docker.sock").orElseThrow().contains("must be absolute"));
        assertTrue(EndpointSyntax.problem("https://host:2376").orElseThrow().contains("use tcp://"));
        assertTrue(EndpointSyntax.problem("ssh://me@host").orElseThrow().contains("cannot open ssh:// endpoints yet"));
        assertTrue(EndpointSyntax.problem("docker.local:2375").orElseThrow().contains("no scheme"));
        assertTrue(EndpointSyntax.problem("tcp://ho st:1").orElseThrow().contains("space"));
        assertTrue(EndpointSyntax.problem("ftp://x").orElseThrow().startsWith("Engine endpoint \"ftp://x\": unknown scheme"));
    }
}

package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EngineCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new String[] {String.valueOf(cli.execute(args)), out.toString(), err.toString()};
    }

    @Test
    void printsTheDiscoveredEngine() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            var status = engine.session.status();
            String[] r = run("engine", "-v");
            assertEquals("0", r[0], r[2]);
            assertTrue(r[1].startsWith(status.name() + " " + status.version() + " (API " + status.apiVersion()), r[1]);
            assertTrue(r[1].contains("answered"), r[1]);
        }
    }

    @Test
    void unreachableEndpointExitsFour() {
        String[] r = run("engine", "--engine", "tcp://127.0.0.1:9");
        assertEquals("4", r[0]);
        assertTrue(r[2].contains("tcp://127.0.0.1:9"), r[2]);
    }
}

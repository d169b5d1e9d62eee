package io.dockwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.cli.Cli;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void subcommandsAndOptionsRunTheCli() {
        assertTrue(Main.isCli(new String[] {"parse", "Dockerfile"}));
        assertTrue(Main.isCli(new String[] {"compare", "--help"}));
        assertTrue(Main.isCli(new String[] {"--version"}));
        assertFalse(Main.isCli(new String[] {}));
        assertFalse(Main.isCli(new String[] {"assets/examples/python-guide/Dockerfile"}));
    }

    @Test
    void verboseAloneOrBeforeAFileOpensTheWindowAndBeforeASubcommandRunsTheCli() {
        assertFalse(Main.isCli(new String[] {"--verbose"}));
        assertFalse(Main.isCli(new String[] {"--verbose", "assets/examples/python-guide/Dockerfile"}));
        assertTrue(Main.isCli(new String[] {"--verbose", "lint", "Dockerfile"}));
        assertTrue(Main.isCli(new String[] {"--verbose", "--version"}));
    }

    @Test
    void subcommandNamesFromTheAnnotationsAreThoseThatPicocliRuns() {
        assertEquals(Cli.commandLine().getSubcommands().keySet(), Cli.subcommandNames());
        assertTrue(Cli.subcommandNames().containsAll(java.util.List.of("help", "parse", "graph", "optimize")));
    }

    @Test
    void windowWithoutDisplayIsExplainedOnLinuxOnly() {
        String reason = Main.noDisplayReason("Linux", Map.of());
        assertNotNull(reason);
        assertTrue(reason.contains("DISPLAY") && reason.contains("parse"), reason);
        assertNull(Main.noDisplayReason("Linux", Map.of("DISPLAY", ":0")));
        assertNull(Main.noDisplayReason("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(Main.noDisplayReason("Mac OS X", Map.of()));
    }
}

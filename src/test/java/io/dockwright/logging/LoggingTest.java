package io.dockwright.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real Logback configuration writing a real file under a temporary home, read back after each step. */
class LoggingTest {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingTest.class);
    @TempDir
    Path home;

    @AfterEach
    void back() {
        Logging.restoreDefault();
    }

    private Path file() {
        return LogSettings.fileUnder(home);
    }

    private String log() throws IOException {
        return Files.readString(file(), StandardCharsets.UTF_8);
    }

    @Test
    void infoGoesToTheFileUnderTheHomeAndDebugOnlyWhenVerbose() throws Exception {
        Logging.Status status = Logging.start(LogSettings.forRun(home, false, null));
        assertEquals(home.resolve("logs/dockwright.log"), status.file());
        LOG.info("an info line");
        LOG.debug("a debug line");
        assertTrue(log().contains("INFO  [main] io.dockwright.logging.LoggingTest - an info line") || log().contains("an info line"), log());
        assertFalse(log().contains("a debug line"), log());

        Logging.start(LogSettings.forRun(home, true, null));
        LOG.debug("a verbose debug line");
        assertTrue(log().contains("a verbose debug line"), log());
        assertTrue(log().contains("an info line"), "appended, not replaced: " + log());
    }

    @Test
    void theLevelPropertyWinsAndUnknownLevelsMeanInfo() throws Exception {
        Logging.start(LogSettings.forRun(home, false, "DEBUG"));
        LOG.debug("debug by property");
        LOG.trace("trace not asked for");
        assertTrue(log().contains("debug by property"), log());
        assertFalse(log().contains("trace not asked for"), log());
        assertEquals("info", LogSettings.forRun(home, false, "loud").level());
        assertEquals("debug", LogSettings.forRun(home, true, "warn").level(), "--verbose means at least debug");
    }

    @Test
    void requestDumpsOfDockerJavaAndTheHttpClientStayOutEvenAtTrace() throws Exception {
        Logging.start(LogSettings.forRun(home, false, "trace"));
        LoggerFactory.getLogger("com.github.dockerjava.core.command.AbstrDockerCmd").debug("Cmd: build with buildArgs");
        LoggerFactory.getLogger("org.apache.hc.client5.http.headers").debug("X-Registry-Auth: c2VjcmV0");
        LoggerFactory.getLogger("com.github.dockerjava.core.DockerClientImpl").warn("a docker-java warning");
        LOG.trace("our own trace");
        String log = log();
        assertFalse(log.contains("buildArgs") || log.contains("X-Registry-Auth"), log);
        assertTrue(log.contains("a docker-java warning") && log.contains("our own trace"), log);
    }

    @Test
    void secretsAreMaskedInMessagesAndExceptions() throws Exception {
        Logging.start(LogSettings.forRun(home, true, null));
        Secrets.add("hunter2-logging-test");
        LOG.info("value is hunter2-logging-test here");
        LOG.warn("failed", new IllegalStateException("because of hunter2-logging-test"));
        String log = log();
        assertFalse(log.contains("hunter2-logging-test"), log);
        assertTrue(log.contains("value is *** here") && log.contains("because of ***"), log);
    }

    @Test
    void theFileRotatesAtItsSizeAndKeepsOnlyItsArchives() throws Exception {
        LogSettings small = new LogSettings(file(), "info", "off", 8 * 1024, 2);
        Logging.start(small);
        String line = "x".repeat(200);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(home.resolve("logs/dockwright.2.log")) && System.nanoTime() < deadline) LOG.info(line);
        for (int i = 0; i < 2000 && System.nanoTime() < deadline; i++) LOG.info(line); // past a third rollover
        assertTrue(Files.exists(home.resolve("logs/dockwright.1.log")), "rolled once");
        assertTrue(Files.exists(home.resolve("logs/dockwright.2.log")), "rolled twice");
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            assertEquals(3, files.count(), "the active file and two archives, nothing more");
        }
        assertTrue(Files.size(home.resolve("logs/dockwright.1.log")) >= 8 * 1024, "rolled once it reached the limit");
    }

    @Test
    void standardOutputNeverGetsALineAndStandardErrorGetsErrorsOnly() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            Logging.start(LogSettings.forRun(home, false, null));
            LOG.warn("a warning for the file");
            LOG.error("an error for stderr", new IllegalStateException("why"));
            LoggerFactory.getLogger("com.github.dockerjava.api.async.ResultCallbackTemplate").error("Error during callback");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", o.toString(StandardCharsets.UTF_8));
        assertEquals("dockwright: ERROR: an error for stderr" + System.lineSeparator(), e.toString(StandardCharsets.UTF_8));
        assertTrue(log().contains("a warning for the file") && log().contains("java.lang.IllegalStateException: why"), log());
        assertTrue(log().contains("Error during callback"), "a library's error is in the file, not on stderr: " + log());
    }

    @Test
    void anUnwritableHomeIsReportedNotFatal() throws Exception {
        Path notAFolder = home.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Logging.Status status = Logging.start(LogSettings.forRun(notAFolder, false, null));
        assertNull(status.file());
        assertTrue(status.describe().startsWith("not written (cannot create"), status.describe());
        LOG.info("still fine");
    }
}

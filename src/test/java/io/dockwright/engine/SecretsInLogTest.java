package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.logging.LogSettings;
import io.dockwright.logging.Logging;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build-arg values never reach the log, even at trace level and when the build prints them and fails. */
class SecretsInLogTest {
    private static final String MARKER = "dw-secret-7f3a9c";
    @TempDir
    Path home;

    @AfterEach
    void back() {
        Logging.restoreDefault();
    }

    @Test
    void aBuildArgValueIsInTheBuildOutputButNotInTheLog() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("debian:bookworm-slim");
            Logging.start(LogSettings.forRun(home, true, "trace"));
            Path context = Files.createDirectories(home.resolve("ctx"));
            List<String> output = new CopyOnWriteArrayList<>();
            BuildListener listener = new BuildListener() {
                @Override
                public void onLog(String line) {
                    output.add(line);
                }
            };
            BuildVariant ok = new BuildVariant("secret-ok", "FROM debian:bookworm-slim\nARG TOKEN\nRUN echo \"token=$TOKEN\" > /t\n",
                    context, null, Map.of("TOKEN", MARKER), "host", true, engine.tag("secret-ok"));
            engine.service.start(ok, BackendChoice.ENGINE_API, listener).result().get(5, TimeUnit.MINUTES);
            BuildVariant failing = new BuildVariant("secret-fail",
                    "FROM debian:bookworm-slim\nARG TOKEN\nRUN echo \"token=$TOKEN\" && test \"$TOKEN\" = other\n",
                    context, null, Map.of("TOKEN", MARKER), "host", true, engine.tag("secret-fail"));
            try {
                engine.service.start(failing, BackendChoice.ENGINE_API, listener).result().get(5, TimeUnit.MINUTES);
            } catch (ExecutionException expected) {
                // the second build fails on purpose, after printing the value
            }
            assertTrue(output.stream().anyMatch(l -> l.contains("token=" + MARKER)), "the build printed the value: " + output);
            String log = Files.readString(LogSettings.fileUnder(home), StandardCharsets.UTF_8);
            assertTrue(log.contains("Building secret-ok") && log.contains("build args [TOKEN]"), log);
            assertTrue(log.contains("Build of secret-fail failed"), log);
            assertFalse(log.contains(MARKER), "the value is in the log:\n" + log);
            assertEquals(-1, log.indexOf(MARKER));
        }
    }
}

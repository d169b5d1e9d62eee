package io.dockwright.engine.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
    @TempDir
    Path dir;

    private static BuildResult result(String label, long size) {
        return new BuildResult(label, "sha256:abc", "t:1", size,
                List.of(new Layer(100, "", true, -1, 0, null), new Layer(size - 100, "RUN make", false, 0, 9, "RUN make")),
                12.5, "Engine API (classic builder)");
    }

    @Test
    void recordsAndReopensRunsPerDockerfile() throws Exception {
        RunHistory history = new RunHistory(dir.resolve("history"));
        Path a = dir.resolve("a/Dockerfile");
        Path b = dir.resolve("b/Dockerfile");
        history.record(a, result("original", 1000), Instant.parse("2026-01-01T10:00:00Z"));
        history.record(a, result("optimized", 400), Instant.parse("2026-01-01T10:01:00Z"));
        history.record(b, result("original", 7), Instant.parse("2026-01-01T10:02:00Z"));

        List<RunHistory.Run> runs = new RunHistory(dir.resolve("history")).runs(a);
        assertEquals(2, runs.size());
        assertEquals(result("optimized", 400), runs.get(1).result());
        assertEquals(Instant.parse("2026-01-01T10:01:00Z"), runs.get(1).instant());
        assertEquals(1, history.runs(b).size());
    }

    @Test
    void keepsTheLastRunsOnlyAndSurvivesACorruptFile() throws Exception {
        RunHistory history = new RunHistory(dir);
        Path f = dir.resolve("Dockerfile");
        for (int i = 0; i < RunHistory.MAX_RUNS + 5; i++) history.record(f, result("r" + i, 1000 + i), Instant.EPOCH.plusSeconds(i));
        List<RunHistory.Run> runs = history.runs(f);
        assertEquals(RunHistory.MAX_RUNS, runs.size());
        assertEquals("r5", runs.get(0).result().label());
        Files.writeString(history.fileFor(f), "{not json");
        assertTrue(history.runs(f).isEmpty());
    }
}

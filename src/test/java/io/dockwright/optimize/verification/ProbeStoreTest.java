package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeStoreTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

    @Test
    void probesOfEachDockerfileRoundTripAndNoneRemovesTheFile() throws Exception {
        ProbeStore store = new ProbeStore(dir.resolve("probes"), clock);
        Path a = dir.resolve("a/Dockerfile");
        Path b = dir.resolve("b/Dockerfile");
        Probes probes = new Probes(List.of(new CommandProbe("[\"python\", \"-c\", \"import app\"]"), new CommandProbe("ls /app")),
                List.of(new HttpProbe(8080, List.of("/", "/health"))), List.of(new IgnoreRule("\\d{4}-\\d\\d-\\d\\d")));
        store.save(a, probes);
        assertEquals(new ProbeStore.Loaded(probes, null), new ProbeStore(dir.resolve("probes"), clock).load(a));
        assertEquals(Probes.NONE, store.load(b).probes());
        assertTrue(Files.readString(store.fileFor(a)).contains("\"dockerfile\" : \"" + a.toAbsolutePath()), "names its Dockerfile");
        store.save(a, Probes.NONE);
        assertFalse(Files.exists(store.fileFor(a)));
    }

    @Test
    void aBrokenFileIsKeptAsideAndSaid() throws Exception {
        ProbeStore store = new ProbeStore(dir, clock);
        Path df = dir.resolve("Dockerfile");
        Files.writeString(store.fileFor(df), "{\"dockerfile\":\"x\",\"probes\":{\"ignore\":[{\"regex\":\"(\"}]}}");
        ProbeStore.Loaded loaded = store.load(df);
        assertEquals(Probes.NONE, loaded.probes());
        Path aside = store.fileFor(df).resolveSibling(store.fileFor(df).getFileName() + ".corrupt-20240506-070809");
        assertTrue(loaded.problem().contains("ignore rule '(': Unclosed group"), loaded.problem());
        assertTrue(loaded.problem().endsWith("the file is kept as " + aside + "."), loaded.problem());
        assertTrue(Files.exists(aside));
        assertNull(store.load(df).problem(), "moved aside: reads as none from now on");
    }
}

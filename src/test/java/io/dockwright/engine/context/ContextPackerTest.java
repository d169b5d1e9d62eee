package io.dockwright.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextPackerTest {
    @TempDir
    Path dir;

    @Test
    void packsWhatDockerWouldSendAndAddsTheDockerfile() throws Exception {
        Files.writeString(dir.resolve("app.py"), "print(1)\n");
        Files.writeString(dir.resolve("secret.env"), "TOKEN=x\n");
        Files.createDirectories(dir.resolve("logs/deep"));
        Files.writeString(dir.resolve("logs/a.log"), "a");
        Files.writeString(dir.resolve("logs/keep.log"), "k");
        Files.writeString(dir.resolve("logs/deep/b.log"), "b");
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/big.bin"), "x".repeat(1000));
        Files.writeString(dir.resolve(".dockerignore"), "secret.env\nlogs\n!logs/keep.log\ncache\n");

        try (BuildContext ctx = new ContextPacker().pack(dir, "FROM scratch\n")) {
            Map<String, String> tar = read(ctx.tarFile());
            assertTrue(tar.containsKey("app.py"));
            assertTrue(tar.containsKey("logs/keep.log"));
            assertFalse(tar.containsKey("secret.env"));
            assertFalse(tar.containsKey("logs/a.log"));
            assertFalse(tar.containsKey("logs/deep/b.log"));
            assertFalse(tar.keySet().stream().anyMatch(k -> k.startsWith("cache")));
            assertEquals("FROM scratch\n", tar.get(ctx.dockerfileName()));
            assertTrue(tar.get(".dockerignore").endsWith("\n" + ctx.dockerfileName() + "\n"));
            assertEquals(Files.size(ctx.tarFile()), ctx.sizeBytes());
            assertFalse(ctx.isLarge());
        }
    }

    @Test
    void withoutDockerignoreTheSyntheticOneHidesItselfAndTheDockerfile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        try (BuildContext ctx = new ContextPacker().pack(dir, "FROM scratch\n")) {
            String ignore = read(ctx.tarFile()).get(".dockerignore");
            DockerIgnore parsed = DockerIgnore.parse(ignore);
            assertTrue(parsed.excludes(".dockerignore"));
            assertTrue(parsed.excludes(ctx.dockerfileName()));
            assertFalse(parsed.excludes("a.txt"));
        }
    }

    private static Map<String, String> read(Path tar) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                out.put(e.getName(), e.isDirectory() ? "" : new String(t.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}

package io.dockwright.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir Path dir;

    @Test
    void aCrashedSessionsBufferIsOfferedToTheNextSession() throws Exception {
        RecoveryStore crashed = new RecoveryStore(dir, "first");
        crashed.save("/tmp/Dockerfile", "FROM alpine\nRUN unsaved\n");
        assertTrue(crashed.orphans().isEmpty(), "a session never restores its own live buffer");

        RecoveryStore next = new RecoveryStore(dir, "second");
        List<RecoveryStore.Orphan> orphans = next.orphans();
        assertEquals(1, orphans.size());
        assertEquals("FROM alpine\nRUN unsaved\n", orphans.get(0).snapshot().text());
        assertEquals("/tmp/Dockerfile", orphans.get(0).snapshot().path());

        next.discard(orphans.get(0));
        assertTrue(next.orphans().isEmpty());
    }

    @Test
    void clearRemovesTheSnapshotAndCorruptFilesAreSkipped() throws Exception {
        RecoveryStore s = new RecoveryStore(dir, "one");
        s.save(null, "text");
        s.clear();
        Files.writeString(dir.resolve("garbage.json"), "{not json");
        assertTrue(new RecoveryStore(dir, "two").orphans().isEmpty());
    }
}

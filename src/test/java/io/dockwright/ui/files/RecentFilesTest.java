package io.dockwright.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndBounded() throws Exception {
        Path store = dir.resolve("prefs/recent.txt");
        RecentFiles recent = new RecentFiles(store, 3);
        recent.add(dir.resolve("a"));
        recent.add(dir.resolve("b"));
        recent.add(dir.resolve("a"));
        recent.add(dir.resolve("c"));
        recent.add(dir.resolve("d"));
        assertEquals(List.of(dir.resolve("d"), dir.resolve("c"), dir.resolve("a")), new RecentFiles(store, 3).list());
        recent.remove(dir.resolve("c"));
        assertEquals(List.of(dir.resolve("d"), dir.resolve("a")), recent.list());
    }

    @Test
    void missingOrGarbageStoreReadsAsEmptyOrSkipsBadLines() throws Exception {
        Path store = dir.resolve("recent.txt");
        assertEquals(List.of(), new RecentFiles(store, 5).list());
        Files.writeString(store, "\n\n" + dir.resolve("x") + "\n\u0000bad\n");
        assertEquals(List.of(dir.resolve("x")), new RecentFiles(store, 5).list());
    }
}

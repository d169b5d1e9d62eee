package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.files.RecentFiles;
import io.dockwright.ui.files.RecoveryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
    @TempDir Path dir;
    private final AtomicReference<String> editorText = new AtomicReference<>("");

    private DocumentViewModel model(String session) {
        DocumentViewModel doc = new DocumentViewModel(new SynchronousExecutor(),
                new RecentFiles(dir.resolve("home/recent.txt"), 5), new RecoveryStore(dir.resolve("home/recovery"), session));
        doc.setTextSink(editorText::set);
        return doc;
    }

    @Test
    void openEditSaveKeepsFormatAndTracksTitleAndRecent() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, "\uFEFFFROM alpine\r\n".getBytes(StandardCharsets.UTF_8));
        DocumentViewModel doc = model("s");
        assertEquals("Untitled — Dockwright", doc.titleProperty().get());

        doc.open(file, () -> { });
        assertEquals("FROM alpine\n", editorText.get());
        assertEquals("Dockerfile — Dockwright", doc.titleProperty().get());
        assertEquals("UTF-8 with BOM · CRLF", doc.fileStatusProperty().get());
        assertEquals(List.of(file), doc.recentSnapshot());

        doc.dirtyProperty().set(true);
        assertEquals("Dockerfile • — Dockwright", doc.titleProperty().get());
        assertTrue(doc.save("FROM alpine\nRUN true\n", () -> { }));
        assertFalse(doc.isDirty());
        assertArrayEquals("\uFEFFFROM alpine\r\nRUN true\r\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void untitledSaveNeedsAPathAndOpenErrorsAreReported() {
        DocumentViewModel doc = model("s");
        assertFalse(doc.save("FROM a\n", () -> { }));
        doc.open(dir.resolve("missing"), () -> { });
        assertTrue(doc.messageProperty().get().startsWith("Could not open"));
        doc.saveAs(dir.resolve("new/Dockerfile"), "FROM a\n", () -> { });
        assertEquals("Dockerfile — Dockwright", doc.titleProperty().get());
        assertTrue(Files.exists(dir.resolve("new/Dockerfile")));
    }

    @Test
    void dirtyBufferSurvivesACrashThroughTheRecoveryFile() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM a\n");
        DocumentViewModel crashed = model("first");
        crashed.open(file, () -> { });
        crashed.autosave("FROM a\nRUN not saved\n");
        assertFalse(Files.exists(dir.resolve("home/recovery")) && Files.list(dir.resolve("home/recovery")).findAny().isPresent(),
                "a clean buffer is not autosaved");
        crashed.dirtyProperty().set(true);
        crashed.autosave("FROM a\nRUN not saved\n");
        // the process dies here: no save, no clean close

        DocumentViewModel next = model("second");
        next.checkRecovery();
        assertNotNull(next.recoveryOfferProperty().get());
        next.restoreRecovery();
        assertEquals("FROM a\nRUN not saved\n", editorText.get());
        assertEquals(file, next.pathProperty().get());
        assertTrue(next.isDirty());
        assertNull(next.recoveryOfferProperty().get());

        DocumentViewModel third = model("third");
        third.checkRecovery();
        assertNull(third.recoveryOfferProperty().get(), "a restored buffer is not offered twice");
    }

    @Test
    void changesByAnotherProgramAreDetectedAndTheUserChooses() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM a\n");
        DocumentViewModel doc = model("s");
        doc.open(file, () -> { });
        doc.checkDisk();
        assertEquals(DocumentViewModel.DiskChange.NONE, doc.diskChangeProperty().get());

        Files.writeString(file, "FROM b\nRUN changed elsewhere\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        doc.checkDisk();
        assertEquals(DocumentViewModel.DiskChange.MODIFIED, doc.diskChangeProperty().get());
        doc.reloadFromDisk();
        assertEquals("FROM b\nRUN changed elsewhere\n", editorText.get());
        assertEquals(DocumentViewModel.DiskChange.NONE, doc.diskChangeProperty().get());

        Files.delete(file);
        doc.checkDisk();
        assertEquals(DocumentViewModel.DiskChange.DELETED, doc.diskChangeProperty().get());
        doc.keepEditorVersion();
        assertTrue(doc.isDirty());
        doc.checkDisk();
        assertEquals(DocumentViewModel.DiskChange.NONE, doc.diskChangeProperty().get());
    }
}

package io.dockwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir Path dir;
    private final ExportViewModel vm = new ExportViewModel(new SynchronousExecutor());

    @Test
    void proposesDockerfileMultistageBesideTheOriginalAndWritesIt() throws IOException {
        vm.prepare("FROM a AS b\n", "node_modules\n", dir.resolve("Dockerfile"));
        assertEquals(dir.resolve("Dockerfile.multistage").toString(), vm.targetProperty().get());
        assertTrue(vm.ignoreAvailableProperty().get());
        assertEquals(List.of(), vm.wouldOverwrite());
        boolean[] done = {false};
        vm.export(() -> done[0] = true);
        assertTrue(done[0]);
        assertEquals("FROM a AS b\n", Files.readString(dir.resolve("Dockerfile.multistage")));
        assertEquals("node_modules\n", Files.readString(dir.resolve(".dockerignore")));
        assertTrue(vm.messageProperty().get().contains("Wrote"), vm.messageProperty().get());
        // a second export would replace both: the view asks first
        assertEquals(List.of(dir.resolve("Dockerfile.multistage"), dir.resolve(".dockerignore")), vm.wouldOverwrite());
        vm.writeIgnoreProperty().set(false);
        assertEquals(List.of(dir.resolve("Dockerfile.multistage")), vm.wouldOverwrite());
    }

    @Test
    void noProposalNoDockerignore() throws IOException {
        vm.prepare("FROM a\n", null, dir.resolve("Dockerfile"));
        assertFalse(vm.ignoreAvailableProperty().get());
        vm.writeIgnoreProperty().set(true);
        vm.export(() -> { });
        assertFalse(Files.exists(dir.resolve(".dockerignore")));
        assertNull(vm.dockerignore());
    }

    @Test
    void badTargetsAreReportedNotThrown() throws IOException {
        vm.prepare("FROM a\n", null, dir.resolve("Dockerfile"));
        vm.targetProperty().set(dir.resolve("missing/Dockerfile.multistage").toString());
        boolean[] done = {false};
        vm.export(() -> done[0] = true);
        assertFalse(done[0]);
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("The folder " + dir.resolve("missing")), vm.messageProperty().get());
        vm.targetProperty().set(dir.toString());
        vm.export(() -> done[0] = true);
        assertTrue(vm.messageProperty().get().contains("is a folder"), vm.messageProperty().get());
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false);
        vm.targetProperty().set(locked.resolve("Dockerfile.multistage").toString());
        vm.export(() -> done[0] = true);
        if (!Files.isWritable(locked)) { // root may write anyway
            assertFalse(done[0]);
            assertTrue(vm.messageProperty().get().startsWith("Could not write"), vm.messageProperty().get());
            assertFalse(vm.messageProperty().get().contains("Exception"), vm.messageProperty().get());
        }
        locked.toFile().setWritable(true);
    }
}

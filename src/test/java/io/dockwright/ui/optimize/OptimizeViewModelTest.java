package io.dockwright.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimize view's state on the real optimizer and the guide's example, without a toolkit. */
class OptimizeViewModelTest {
    private static final Path GUIDE = Path.of("assets/examples/python-guide/Dockerfile");
    @TempDir Path dir;
    private final SynchronousExecutor ex = new SynchronousExecutor();
    private String editorText = "";

    private BuildViewModel build() {
        EngineAccess access = new EngineAccess(ex, new HostEnvironment(Map.of(), dir), new EngineConnector(Duration.ofSeconds(1)));
        BuildViewModel vm = new BuildViewModel(ex, access, new RunHistory(dir.resolve("history")), () -> editorText, r -> { });
        vm.engine().endpointProperty().set("unix://" + dir.resolve("no-engine.sock"));
        return vm;
    }

    private OptimizeViewModel vm(BuildViewModel build) {
        return new OptimizeViewModel(ex, new Optimizer(), OptimizerOptions::defaults, build);
    }

    private ChangeItem item(OptimizeViewModel vm, String id) {
        return vm.changes().stream().filter(c -> c.change().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void optimizesTheGuideAndShowsTheDiffAndBothGraphs() throws IOException {
        OptimizeViewModel vm = vm(build());
        vm.optimize(Files.readString(GUIDE), GUIDE);
        assertNull(vm.reasonProperty().get());
        assertTrue(vm.hasRewrite());
        assertTrue(vm.optimizedProperty().get().contains("FROM python:3.7-slim"));
        DiffRows d = vm.diffProperty().get();
        assertTrue(d.count(DiffRows.Kind.ADDED) > 5, d.summary());
        assertEquals(DiffRows.Kind.CHANGED, d.left().kind(2), "FROM python:3.7 gains AS builder");
        assertTrue(vm.changes().stream().allMatch(ChangeItem::accepted));
        assertTrue(vm.changes().stream().anyMatch(c -> c.change().id().equals("multi-stage")));
        assertNotNull(vm.proposedDockerignore());
        assertEquals(1, vm.originalGraph().layoutProperty().get().cards().size());
        assertEquals(2, vm.optimizedGraph().layoutProperty().get().cards().size());
        assertTrue(vm.messageProperty().get().contains("applied"), vm.messageProperty().get());
        assertEquals("Unverified: build both and verify", vm.verificationProperty().get());
    }

    @Test
    void rejectingAChangeReRunsAndListsItUnchecked() throws IOException {
        OptimizeViewModel vm = vm(build());
        vm.optimize(Files.readString(GUIDE), GUIDE);
        String before = vm.optimizedProperty().get();
        vm.setAccepted(item(vm, "pip-no-cache").change(), false);
        assertFalse(vm.optimizedProperty().get().contains("--no-cache-dir"), vm.optimizedProperty().get());
        assertFalse(item(vm, "pip-no-cache").accepted());
        assertEquals(before.replace(" --no-cache-dir", ""), vm.optimizedProperty().get());
        // rejecting a part of the split unchecks all its parts
        vm.setAccepted(item(vm, "runtime-base").change(), false);
        assertFalse(item(vm, "multi-stage").accepted());
        assertEquals(1, vm.optimizedGraph().layoutProperty().get().cards().size());
        vm.setAccepted(item(vm, "multi-stage").change(), true);
        vm.setAccepted(item(vm, "pip-no-cache").change(), true);
        assertEquals(before, vm.optimizedProperty().get());
        assertEquals(vm.changes().size(), vm.changes().stream().filter(ChangeItem::accepted).count());
    }

    @Test
    void handEditsUpdateTheDiffAndAreMarked() throws IOException {
        OptimizeViewModel vm = vm(build());
        vm.optimize(Files.readString(GUIDE), GUIDE);
        long changedBefore = vm.diffProperty().get().count(DiffRows.Kind.CHANGED);
        vm.optimizedProperty().set(vm.optimizedProperty().get().replace("WORKDIR /app", "WORKDIR /srv"));
        assertTrue(vm.editedProperty().get());
        assertTrue(vm.diffProperty().get().count(DiffRows.Kind.CHANGED) > changedBefore);
        var pip = item(vm, "pip-no-cache").change();
        assertTrue(vm.toggleDiscardsEdits(pip, false), "rejecting re-runs over the edits: the view asks first");
        assertFalse(vm.toggleDiscardsEdits(pip, true), "already accepted: nothing re-runs");
        vm.setAccepted(item(vm, "pip-no-cache").change(), false);
        assertFalse(vm.editedProperty().get());
        assertTrue(vm.messageProperty().get().contains("edits to the optimized text were replaced"), vm.messageProperty().get());
        assertFalse(vm.toggleDiscardsEdits(item(vm, "pip-no-cache").change(), true), "no edits left to lose");
    }

    @Test
    void clickingAChangeSelectsItsOriginalLines() throws IOException {
        OptimizeViewModel vm = vm(build());
        vm.optimize(Files.readString(GUIDE), GUIDE);
        vm.select(item(vm, "multi-stage"));
        assertEquals(new LineRange(2, 10), vm.selectionProperty().get());
        vm.select(item(vm, "dockerignore"));
        assertNull(vm.selectionProperty().get());
    }

    @Test
    void noSafeRewriteShowsTheReasonAndNoDiff() {
        OptimizeViewModel vm = vm(build());
        vm.optimize("FROM scratch\nCOPY app /app\nCMD [\"/app\"]\n", null);
        assertFalse(vm.hasRewrite());
        assertTrue(vm.reasonProperty().get().contains("scratch"), vm.reasonProperty().get());
        assertEquals("", vm.verificationProperty().get(), "nothing to verify without a rewrite");
        vm.optimize("FROM python:3.7\nRUN pip install --bogus=\n\"unterminated", null);
        String reason = vm.reasonProperty().get();
        assertNotNull(reason);
        vm.buildBoth();
        assertEquals("Nothing to build yet: optimize first.", vm.messageProperty().get());
    }

    @Test
    void buildBothHandsTheEditedTextToTheBuild() throws IOException {
        BuildViewModel build = build();
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, Files.readString(GUIDE));
        build.dockerfileProperty().set(file);
        OptimizeViewModel vm = vm(build);
        editorText = Files.readString(GUIDE);
        vm.optimize(editorText, file);
        vm.optimizedProperty().set(vm.optimizedProperty().get() + "LABEL edited=yes\n");
        vm.buildBoth();
        assertTrue(build.optimizedTextProperty().get().endsWith("LABEL edited=yes\n"));
        assertEquals("optimizer, edited by hand", build.optimizedSourceProperty().get());
        assertEquals(editorText, build.originalTextProperty().get(), "the original variant is the editor's text");
        assertTrue(vm.messageProperty().get().startsWith("Cannot build"), "no engine here: " + vm.messageProperty().get());
    }
}

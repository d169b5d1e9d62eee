package io.dockwright.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.LineRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build panel without an engine: real discovery that finds nothing, options, history, optimized file. */
class BuildViewModelTest {
    @TempDir
    Path dir;

    private final List<LineRequest> requests = new ArrayList<>();
    private final javafx.beans.property.StringProperty editor = new javafx.beans.property.SimpleStringProperty("");

    private BuildViewModel vm() {
        SynchronousExecutor ex = new SynchronousExecutor();
        EngineAccess access = new EngineAccess(ex, new HostEnvironment(Map.of(), dir), new EngineConnector(Duration.ofSeconds(1)));
        BuildViewModel vm = new BuildViewModel(ex, access, new RunHistory(dir.resolve("history")), editor::get, requests::add);
        vm.engine().endpointProperty().set("unix://" + dir.resolve("no-engine.sock"));
        return vm;
    }

    @Test
    void noEngineListsWhereItLookedAndHowToGetOne() {
        BuildViewModel vm = vm();
        vm.engine().check();
        assertEquals(EngineViewModel.State.UNAVAILABLE, vm.engine().stateProperty().get());
        assertTrue(vm.engine().summaryProperty().get().startsWith("No Docker engine found"));
        String details = vm.engine().detailsProperty().get();
        assertTrue(details.contains("user setting: unix://" + dir.resolve("no-engine.sock")), details);
        assertTrue(details.contains("How to get an engine"), details);
        assertNull(vm.engine().statusProperty().get());
    }

    @Test
    void buildWithoutAnEngineSaysSoAndStaysUsable() throws Exception {
        BuildViewModel vm = vm();
        assertFalse(vm.canBuildProperty().get(), "no context folder yet");
        Path file = dir.resolve("app/Dockerfile");
        Files.createDirectories(file.getParent());
        vm.dockerfileProperty().set(file);
        assertEquals(file.getParent(), vm.contextProperty().get());
        assertTrue(vm.canBuildProperty().get());
        vm.build();
        assertEquals("Nothing to build: the editor is empty and no optimized Dockerfile is set.", vm.messageProperty().get());
        editor.set("FROM scratch\n");
        vm.build();
        assertEquals("FROM scratch\n", vm.originalTextProperty().get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Cannot build: No Docker engine answered"), vm.messageProperty().get());
        assertEquals(EngineViewModel.State.UNAVAILABLE, vm.engine().stateProperty().get());
        assertTrue(vm.canBuildProperty().get());
        assertNull(vm.original().stateProperty().get());
    }

    @Test
    void badBuildArgsAreReportedBeforeAnything() {
        BuildViewModel vm = vm();
        vm.contextProperty().set(dir);
        editor.set("FROM scratch\n");
        vm.buildArgsProperty().set("A=1 B");
        vm.build();
        assertEquals("Build arg at column 5 ('B') is not NAME=VALUE", vm.messageProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void defaultsFollowTheBrief() {
        BuildViewModel vm = vm();
        assertEquals("default", vm.networkProperty().get(), "the engine's default network, as docker build");
        assertFalse(vm.parallelProperty().get());
        assertEquals("none yet", vm.optimizedSourceProperty().get());
    }

    @Test
    void aSecondDockerfileBecomesTheOptimizedVariant() throws Exception {
        BuildViewModel vm = vm();
        Path other = dir.resolve("Dockerfile.multistage");
        Files.writeString(other, "FROM scratch AS a\nFROM a\n");
        vm.loadOptimized(other);
        assertEquals("FROM scratch AS a\nFROM a\n", vm.optimizedTextProperty().get());
        assertEquals("Dockerfile.multistage", vm.optimizedSourceProperty().get());
        vm.loadOptimized(dir.resolve("missing"));
        assertTrue(vm.messageProperty().get().startsWith("Cannot read"));
        vm.setOptimized("", "optimizer");
        assertEquals("none yet", vm.optimizedSourceProperty().get());
    }

    @Test
    void historyOfTheOpenDockerfileLoadsNewestFirstAndReopens() throws Exception {
        Path file = dir.resolve("Dockerfile");
        RunHistory history = new RunHistory(dir.resolve("history"));
        BuildResult old = new BuildResult("original", "sha256:1", "t", 900, List.of(new Layer(900, "x", true, -1, 0, null)), 2, "api");
        BuildResult opt = new BuildResult("optimized", "sha256:2", "t", 300, List.of(new Layer(300, "x", true, -1, 0, null)), 1, "api");
        history.record(file, old, Instant.parse("2026-11-28T10:00:00Z"));
        history.record(file, opt, Instant.parse("2026-11-28T10:05:00Z"));
        BuildViewModel vm = vm();
        vm.dockerfileProperty().set(file);
        assertEquals(List.of(opt, old), vm.runs().stream().map(RunHistory.Run::result).toList());
        vm.reopen(vm.runs().get(0));
        assertEquals(opt, vm.optimized().resultProperty().get());
        assertEquals(BuildState.SUCCEEDED, vm.optimized().stateProperty().get());
        assertNull(vm.original().resultProperty().get());
        assertTrue(vm.optimized().statusProperty().get().startsWith("from history (2026-11-28T10:05:00Z)"));
    }
}

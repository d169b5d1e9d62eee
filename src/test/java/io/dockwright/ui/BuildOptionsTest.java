package io.dockwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.stages.StageGraphBuilder;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.graph.GraphInput;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build panel and the stage graph share one target and one set of build args, both ways. */
class BuildOptionsTest {
    @TempDir Path dir;

    @Test
    void textEntriesAndGraphOptionsAreOneModel() {
        BuildOptions o = new BuildOptions();
        o.buildArgsProperty().set(" PY=3.7, APP=prod\nX=");
        assertEquals(List.of("PY=3.7", "APP=prod", "X="), o.entries());
        assertEquals(Map.of("PY", "3.7", "APP", "prod", "X", ""), o.graphOptionsProperty().get().buildArgs());
        o.setEntries(List.of("PY=3.7", " APP=prod ", "", "X="));
        assertEquals(" PY=3.7, APP=prod\nX=", o.buildArgsProperty().get(), "same pairs: the typed text is kept");
        assertTrue(o.holds(List.of("PY=3.7 APP=prod", "X=")));
        o.setEntries(List.of("PY=3.8"));
        assertEquals("PY=3.8", o.buildArgsProperty().get());
        o.buildArgsProperty().set("PY=3.9 oops");
        assertNotNull(o.errorProperty().get());
        assertEquals(Map.of("PY", "3.8"), o.graphOptionsProperty().get().buildArgs(), "the graph keeps the last valid args");
        o.setTarget("  ");
        assertNull(o.graphOptionsProperty().get().target());
        o.setTarget(" app ");
        assertEquals("app", o.graphOptionsProperty().get().target());
    }

    @Test
    void buildPanelAndGraphToolbarSeeEachOthersArgsAndTarget() {
        SynchronousExecutor ex = new SynchronousExecutor();
        EngineAccess access = new EngineAccess(ex, new HostEnvironment(Map.of(), dir), new EngineConnector(Duration.ofSeconds(1)));
        BuildViewModel build = new BuildViewModel(ex, access, new RunHistory(dir.resolve("history")), () -> "", r -> { });
        GraphViewModel graph = new GraphViewModel(ex, new StageGraphLayouter(), build.options());

        build.buildArgsProperty().set("VARIANT=alpine, X=1");        // typed in the build panel
        assertEquals(List.of("VARIANT=alpine", "X=1"), graph.buildOptions().entries());
        assertEquals(Map.of("VARIANT", "alpine", "X", "1"), graph.optionsProperty().get().buildArgs());
        graph.buildOptions().setEntries(List.of("VARIANT=slim"));   // typed in the graph's fields
        assertEquals("VARIANT=slim", build.buildArgsProperty().get());

        graph.setTarget("builder");
        assertEquals("builder", build.targetProperty().get());
        String text = "ARG VARIANT=x\nFROM python:3.7 AS builder\nFROM python:3.7-${VARIANT}\n";
        graph.show(input(text, graph));
        assertEquals("builder", graph.effectiveTargetProperty().get());
        build.targetProperty().set("");
        graph.show(input(text, graph));
        assertEquals("1", graph.effectiveTargetProperty().get());
        assertEquals("python:3.7-slim", graph.layoutProperty().get().card(1).base(), "drawn with the shared build args");
    }

    private static GraphInput input(String text, GraphViewModel graph) {
        Dockerfile file = DockerfileParser.parse(text);
        return new GraphInput(1, text, file, StageGraphBuilder.build(file, graph.optionsProperty().get()));
    }
}

package io.dockwright.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.LineRequest;
import io.dockwright.ui.chart.ChartExporter;
import io.dockwright.ui.chart.ChartViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build panel end to end on the real engine (skipped with the reason when none answers). */
class BuildViewModelEngineTest {
    private static EngineFixture engine;

    @TempDir
    Path dir;

    private final List<LineRequest> requests = new ArrayList<>();
    private final javafx.beans.property.StringProperty editor = new javafx.beans.property.SimpleStringProperty("");
    private final SynchronousExecutor executor = new SynchronousExecutor();

    @BeforeAll
    static void connect() {
        engine = EngineFixture.connectOrSkip(1);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private BuildViewModel vm() {
        EngineAccess access = new EngineAccess(executor, HostEnvironment.current(), new EngineConnector());
        BuildViewModel vm = new BuildViewModel(executor, access, new RunHistory(dir.resolve("history")), editor::get, requests::add);
        vm.tagPrefixProperty().set(engine.prefix);
        vm.networkProperty().set("host"); // this machine's engine has no bridge network; users get the engine's default
        engine.tag("original");
        engine.tag("optimized");
        return vm;
    }

    @Test
    void buildsBothVariantsOfTheCExampleAndFeedsTheChart() throws Exception {
        engine.assumeImages("gcc:12", "debian:bookworm-slim");
        Path example = EngineFixture.example("c-make");
        BuildViewModel vm = vm();
        ChartViewModel chart = new ChartViewModel(executor, new ChartExporter(), requests::add);
        vm.original().resultProperty().addListener((o, was, r) -> chart.accept(r));
        vm.optimized().resultProperty().addListener((o, was, r) -> chart.accept(r));

        vm.dockerfileProperty().set(example.resolve("Dockerfile"));
        assertEquals(example, vm.contextProperty().get());
        editor.set(Files.readString(example.resolve("Dockerfile")));
        vm.loadOptimized(example.resolve("Dockerfile.multistage"));
        vm.engine().check();
        assertEquals(EngineViewModel.State.CONNECTED, vm.engine().stateProperty().get(), vm.engine().detailsProperty().get());
        assertTrue(vm.engine().summaryProperty().get().matches("\\S.* · API [0-9.]+ · linux/\\w+"),
                vm.engine().summaryProperty().get());

        vm.build();

        assertFalse(vm.runningProperty().get());
        for (VariantViewModel v : List.of(vm.original(), vm.optimized())) {
            assertEquals(BuildState.SUCCEEDED, v.stateProperty().get(), v.label() + ": " + String.join("\n", v.log()));
            assertEquals(1.0, v.progressProperty().get());
            assertTrue(v.log().stream().anyMatch(l -> l.contains("Step")), "progress lines streamed to the log");
            assertTrue(v.elapsedProperty().get().endsWith(" s") || v.elapsedProperty().get().contains(":"));
        }
        BuildResult original = vm.original().resultProperty().get();
        BuildResult optimized = vm.optimized().resultProperty().get();
        assertEquals(engine.engineImageSize(engine.prefix + "-original:latest"),
                original.sizeBytes());
        Layer make = original.layers().stream().filter(l -> !l.base() && l.line() == 8).findFirst().orElseThrow();
        assertEquals("RUN make", make.instruction());
        assertTrue(optimized.sizeBytes() < original.sizeBytes());

        assertEquals(original, chart.originalProperty().get());
        assertEquals(optimized, chart.optimizedProperty().get());
        assertTrue(chart.dataProperty().get().reductionPercent().getAsDouble() > 50);
        assertEquals(List.of(optimized, original), vm.runs().stream().map(RunHistory.Run::result).toList());
        assertTrue(requests.isEmpty());
        assertTrue(vm.messageProperty().get().contains("original: built") && vm.messageProperty().get().contains("optimized: built"),
                vm.messageProperty().get());
    }

    @Test
    void aFailingInstructionAsksTheEditorForItsLine() throws Exception {
        engine.assumeImages("debian:bookworm-slim");
        BuildViewModel vm = vm();
        vm.contextProperty().set(dir);
        editor.set("FROM debian:bookworm-slim\n\n# fails on purpose\nRUN echo ok\nRUN exit 3\nCMD [\"true\"]\n");

        vm.build();

        assertEquals(BuildState.FAILED, vm.original().stateProperty().get());
        assertNotNull(vm.original().failureProperty().get());
        assertEquals(1, requests.size(), requests.toString());
        assertEquals("original", requests.get(0).variant());
        assertEquals(5, requests.get(0).line());
        assertTrue(requests.get(0).reason().contains("RUN exit 3"), requests.get(0).reason());
        assertTrue(vm.original().statusProperty().get().startsWith("failed: line 5: RUN exit 3"));
        assertEquals(EngineViewModel.State.CONNECTED, vm.engine().stateProperty().get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.runs().isEmpty(), "failed builds are not history");
    }
}

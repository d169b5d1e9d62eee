package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildProgress;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.ui.graph.GraphLayout;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.graph.StageGraphLayouter;
import io.dockwright.ui.graph.GraphViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds both variants of real examples on the real engine and checks sizes, layers and the apps' output. */
class ExampleBuildsTest {
    private static EngineFixture engine;

    @BeforeAll
    static void connect() {
        engine = EngineFixture.connectOrSkip(2);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private BuildResult build(String example, String dockerfile, List<String> log, List<BuildProgress> progress) throws Exception {
        Path dir = EngineFixture.example(example);
        BuildVariant v = new BuildVariant(dockerfile, Files.readString(dir.resolve(dockerfile)), dir, null, Map.of(),
                "host", false, engine.tag(example + "-" + dockerfile.toLowerCase().replace('.', '-')));
        BuildListener listener = new BuildListener() {
            @Override
            public void onLog(String line) {
                log.add(line);
            }

            @Override
            public void onProgress(BuildProgress p) {
                progress.add(p);
            }
        };
        return engine.service.start(v, BackendChoice.AUTO, listener).result().get(10, TimeUnit.MINUTES);
    }

    @Test
    void cMakeBothVariantsBuildRunAndMapLayersToLines() throws Exception {
        engine.assumeImages("gcc:12", "debian:bookworm-slim");
        List<String> log = new CopyOnWriteArrayList<>();
        List<BuildProgress> progress = new CopyOnWriteArrayList<>();
        BuildResult fat = build("c-make", "Dockerfile", log, progress);
        BuildResult lean = build("c-make", "Dockerfile.multistage", log, progress);

        var http = engine.session.connection().http();
        assertEquals(engine.engineImageSize(fat.imageId()), fat.sizeBytes());
        assertEquals(engine.engineImageSize(lean.imageId()), lean.sizeBytes());
        assertEquals(fat.sizeBytes(), fat.layers().stream().mapToLong(Layer::sizeBytes).sum());
        assertTrue(lean.sizeBytes() < fat.sizeBytes() / 2, "multi-stage image should be far smaller: " + lean.sizeBytes() + " vs " + fat.sizeBytes());

        // layers: the base image's first, then "RUN make" on line 8 of Dockerfile with the object files in it
        int gccHistory = engine.analyzer.history(http, "gcc:12").size();
        assertEquals(gccHistory, fat.layers().stream().filter(Layer::base).count());
        Layer make = fat.layers().stream().filter(l -> l.line() == 8).findFirst().orElseThrow();
        assertEquals("RUN make", make.instruction());
        assertTrue(make.sizeBytes() > 0);
        Layer copy = lean.layers().stream().filter(l -> l.line() == 13).findFirst().orElseThrow();
        assertTrue(copy.instruction().startsWith("COPY --from=build"), copy.instruction());
        assertTrue(copy.sizeBytes() > 100_000, "static binary layer: " + copy.sizeBytes());

        // the stage cards: the builder is not in the image; the runtime stage holds the binary on its base
        GraphViewModel graph = new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new BuildOptions());
        graph.showText(Files.readString(EngineFixture.example("c-make").resolve("Dockerfile.multistage")));
        graph.setBuildResult(lean);
        assertFalse(graph.layoutProperty().get().card(0).built().inImage());
        GraphLayout.StageSize runtime = graph.layoutProperty().get().card(1).built();
        assertEquals(lean.baseBytes(), runtime.baseBytes());
        assertEquals(engine.engineImageSize("debian:bookworm-slim"), runtime.baseBytes());
        assertEquals(copy.sizeBytes(), runtime.layerBytes());
        assertEquals(lean.sizeBytes(), runtime.baseBytes() + runtime.layerBytes());

        assertTrue(progress.stream().anyMatch(p -> p.total() == 5 && p.step() == 4), "classic Step 4/5 seen: " + progress);
        assertTrue(log.stream().noneMatch(l -> l.contains("\u001B")), "no raw ANSI codes");

        String expected = "c-make: hello from C (sum 1..100 = 5050)";
        assertEquals(expected, engine.run(fat.imageId()).strip());
        assertEquals(expected, engine.run(lean.imageId()).strip());
    }

    @Test
    void goBothVariantsBuildInParallelAndRun() throws Exception {
        engine.assumeImages("golang:1.19", "gcr.io/distroless/static-debian12");
        Path dir = EngineFixture.example("go-app");
        var fatHandle = engine.service.start(new BuildVariant("original", Files.readString(dir.resolve("Dockerfile")), dir,
                null, Map.of(), "host", false, engine.tag("go-fat")), BackendChoice.ENGINE_API, BuildListener.NONE);
        var leanHandle = engine.service.start(new BuildVariant("optimized", Files.readString(dir.resolve("Dockerfile.multistage")), dir,
                null, Map.of(), "host", false, engine.tag("go-lean")), BackendChoice.ENGINE_API, BuildListener.NONE);
        BuildResult fat = fatHandle.result().get(10, TimeUnit.MINUTES);
        BuildResult lean = leanHandle.result().get(10, TimeUnit.MINUTES);

        var http = engine.session.connection().http();
        assertEquals(engine.engineImageSize(fat.imageId()), fat.sizeBytes());
        assertEquals(engine.engineImageSize(lean.imageId()), lean.sizeBytes());
        assertTrue(lean.sizeBytes() * 10 < fat.sizeBytes(), lean.sizeBytes() + " vs " + fat.sizeBytes());
        Layer binary = lean.layers().stream().filter(l -> l.line() == 14).findFirst().orElseThrow();
        assertEquals(lean.sizeBytes() - lean.baseBytes(), binary.sizeBytes());
        Layer goBuild = fat.layers().stream().filter(l -> l.line() == 9).findFirst().orElseThrow();
        assertTrue(goBuild.instruction().startsWith("RUN go build"), goBuild.instruction());

        String out = engine.run(lean.imageId()).strip();
        assertEquals("go-app: hello from Go (4 words, linux)", out);
        assertEquals(out, engine.run(fat.imageId()).strip());
    }

    @Test
    void nodeBothVariantsInstallFromTheNpmRegistryBuildAndRun() throws Exception {
        engine.assumeImages("node:18", "node:18-slim");
        List<String> log = new CopyOnWriteArrayList<>();
        BuildResult fat = build("node-app", "Dockerfile", log, new CopyOnWriteArrayList<>());
        BuildResult lean = build("node-app", "Dockerfile.multistage", log, new CopyOnWriteArrayList<>());
        assertTrue(lean.sizeBytes() < fat.sizeBytes() / 2, lean.sizeBytes() + " vs " + fat.sizeBytes());
        Layer install = fat.layers().stream().filter(l -> l.line() == 7).findFirst().orElseThrow();
        assertEquals("RUN npm install", install.instruction());
        assertTrue(install.sizeBytes() > 10_000_000, "typescript and lodash installed: " + install.sizeBytes());
        Layer modules = lean.layers().stream().filter(l -> l.line() == 17).findFirst().orElseThrow();
        assertTrue(modules.sizeBytes() < install.sizeBytes() / 5, "production modules only: " + modules.sizeBytes());
        String expected = "node-app: hello from Node 18 (lean-images-ship-faster)";
        assertEquals(expected, engine.run(fat.imageId()).strip());
        assertEquals(expected, engine.run(lean.imageId()).strip());
    }
}

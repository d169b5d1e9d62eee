package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An original Dockerfile and its rewrite built on the real engine (network host, as the machine needs) and run once
 * each: their images, what they printed and how long each build took.
 */
record BothVariants(BuildResult original, BuildResult optimized, String originalOut, String optimizedOut,
                    double originalSeconds, double optimizedSeconds) {

    static BothVariants build(EngineFixture engine, String name, Path context, String original, String optimized) throws Exception {
        long t0 = System.nanoTime();
        BuildResult fat = build(engine, name + "-original", original, context);
        long t1 = System.nanoTime();
        BuildResult lean = build(engine, name + "-optimized", optimized, context);
        long t2 = System.nanoTime();
        return new BothVariants(fat, lean, engine.run(fat.imageId()).strip(), engine.run(lean.imageId()).strip(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private static BuildResult build(EngineFixture engine, String name, String text, Path dir) throws Exception {
        BuildVariant v = new BuildVariant(name, text, dir, null, Map.of(), "host", false, engine.tag(name));
        return engine.service.start(v, BackendChoice.AUTO, BuildListener.NONE).result().get(15, TimeUnit.MINUTES);
    }

    /** The sizes compared are the engine's own (GET /images/{id}/json), not the analyzer's. */
    void assertSizesAreTheEngines(EngineFixture engine) throws Exception {
        assertEquals(engine.engineImageSize(original.imageId()), original.sizeBytes(), "the original's size is the engine's");
        assertEquals(engine.engineImageSize(optimized.imageId()), optimized.sizeBytes(), "the rewrite's size is the engine's");
    }

    double reductionPercent() {
        return 100.0 * (original.sizeBytes() - optimized.sizeBytes()) / original.sizeBytes();
    }

    /** One line for the test log: sizes, build times, reduction. */
    String report(String label) {
        return String.format("%s: original %d bytes (%.0f s), optimized %d bytes (%.0f s), reduction %.1f%%", label,
                original.sizeBytes(), originalSeconds, optimized.sizeBytes(), optimizedSeconds, reductionPercent());
    }
}

package io.dockwright.engine;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heredoc Dockerfile on the real engine: an engine before 23.0 (Debian's docker.io 20.10 here) cannot build
 * it and the app says why and what is needed; a newer one builds it.
 */
class HeredocBuildTest {
    private static final String DOCKERFILE = "FROM debian:bookworm-slim\nRUN <<EOF\necho from a heredoc > /hi.txt\nEOF\n";
    private static EngineFixture engine;
    @TempDir Path dir;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages("debian:bookworm-slim");
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private static int engineMajor() throws EngineUnavailableException {
        return Integer.parseInt(engine.session.status().version().split("\\.")[0]);
    }

    private BuildVariant variant(String name) {
        return new BuildVariant(name, DOCKERFILE, dir, null, Map.of(), "host", true, engine.tag(name));
    }

    @Test
    void buildKitBackendExplainsAnEngineTooOldForHeredocsOrBuildsThem() throws Exception {
        Requirements.require(BuildKitCli.standard(null).find().isPresent(), BuildKitCli.standard(null).whyNone());
        var handle = engine.service.start(variant("heredoc"), BackendChoice.AUTO, BuildListener.NONE);
        if (engineMajor() >= 23) {
            BuildResult r = handle.result().get(3, TimeUnit.MINUTES);
            assertEquals("from a heredoc", engine.run(r.imageId(), "cat", "/hi.txt").strip());
            return;
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> handle.result().get(3, TimeUnit.MINUTES));
        BuildFailedException f = assertInstanceOf(BuildFailedException.class, e.getCause());
        assertEquals(2, f.line(), f.describe());
        String version = engine.session.status().version();
        assertTrue(f.getMessage().startsWith("The heredoc on line 2 (RUN <<EOF) is not understood by this engine: Docker Engine "
                + version), f.getMessage());
        assertTrue(f.getMessage().contains("Docker Engine 23.0 or newer"), f.getMessage());
    }

    @Test
    void classicBackendSaysToUseBuildKit() throws Exception {
        assumeTrue(engineMajor() < 23, "the classic builder's heredoc error is checked on engines before 23.0");
        var handle = engine.service.start(variant("heredoc-classic"), BackendChoice.ENGINE_API, BuildListener.NONE);
        ExecutionException e = assertThrows(ExecutionException.class, () -> handle.result().get(3, TimeUnit.MINUTES));
        BuildFailedException f = assertInstanceOf(BuildFailedException.class, e.getCause());
        assertEquals(2, f.line(), f.describe());
        assertTrue(f.getMessage().contains("classic builder (Engine API backend) never reads heredocs"), f.getMessage());
    }
}

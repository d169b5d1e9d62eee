package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline stand-ins made by .ci/docker-setup.sh behave as the official images do for the guide's
 * pattern: pip installs a real package (from the local wheelhouse) into python3.7's site-packages, and the
 * slim image runs code copied from there.
 */
class StandInImagesTest {
    private static EngineFixture engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages("python:3.7", "python:3.7-slim");
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    @Test
    void guidePatternBuildsOfflineWithThePythonStandIns() throws Exception {
        Files.writeString(dir.resolve("req.txt"), "six==1.16.0\nrequests\n");
        Files.writeString(dir.resolve("run.py"), "import six, requests\nprint('six', six.__version__, 'requests', bool(requests.get))\n");
        String dockerfile = String.join("\n", "FROM python:3.7 AS builder", "WORKDIR /app", "COPY req.txt .",
                "RUN pip install -r req.txt", "FROM python:3.7-slim", "WORKDIR /app",
                "COPY --from=builder /usr/local/lib/python3.7/site-packages/ /usr/local/lib/python3.7/site-packages/",
                "COPY . .", "ENTRYPOINT [\"python\", \"run.py\"]", "");
        BuildResult r = engine.service.start(new BuildVariant("guide", dockerfile, dir, null, Map.of(), "host", false,
                engine.tag("guide")), BackendChoice.ENGINE_API, BuildListener.NONE).result().get(5, TimeUnit.MINUTES);
        // the last line: Debian's requests 2.28 warns (stderr) about its charset_normalizer 3.0 being newer than it knows
        String out = engine.run(r.imageId()).strip();
        assertEquals("six 1.16.0 requests True", out.substring(out.lastIndexOf('\n') + 1), out);
        assertTrue(r.layers().stream().anyMatch(l -> l.line() == 7 && l.sizeBytes() > 100_000), r.layers().toString());
    }
}

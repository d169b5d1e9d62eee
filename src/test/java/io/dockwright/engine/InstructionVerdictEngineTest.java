package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.instructions.InstructionCases;
import io.dockwright.dockerfile.instructions.InstructionCases.Case;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine is the oracle: every file of {@link InstructionCases} is built with the real engine's classic builder
 * (Engine API, network host, a context holding the file {@code a}), and Dockwright's verdict must match the
 * engine's. "Refused" means the build failed before the engine printed its first {@code Step}; a failure while
 * running a step (RUN --mount on the classic builder, an invalid STOPSIGNAL) is the engine accepting the file.
 * Cases only a newer BuildKit accepts must be refused by this engine with the message Dockwright quotes.
 */
class InstructionVerdictEngineTest {
    private static final Pattern LINE = Pattern.compile("dockerfile parse error line (\\d+):");
    private static final Pattern IMAGE = Pattern.compile("(?m)^(?: ---> |Successfully built )([0-9a-f]{12})$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EngineFixture engine;
    private static String baseId;

    /** What the engine did with one file. */
    record Outcome(boolean built, String log, String error) {
        boolean refusedBeforeAnyStep() {
            return !built && log.lines().noneMatch(l -> l.startsWith("Step "));
        }
    }

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        // without the base image every FROM step fails, which would make the accepted cases prove nothing
        assertTrue(engine.imagePresent("debian:bookworm-slim"), "debian:bookworm-slim is missing: run .ci/docker-setup.sh");
        baseId = shortId(client().inspectImageCmd("debian:bookworm-slim").exec().getId());
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    @TestFactory
    Stream<DynamicTest> dockwrightAgreesWithTheEngine() {
        return InstructionCases.all().stream().map(c -> DynamicTest.dynamicTest(c.verdict() + ": " + c, () -> agree(c)));
    }

    private static void agree(Case c) throws Exception {
        Outcome engineSays = build(c.text());
        Dockerfile df = DockerfileParser.parse(c.text());
        boolean dockwrightRefuses = df.hasErrors() || StageGraphBuilder.build(df, GraphOptions.DEFAULT).hasErrors();
        switch (c.verdict()) {
            case REFUSED -> {
                assertTrue(engineSays.refusedBeforeAnyStep(), () -> "the engine did not refuse it: " + engineSays);
                assertTrue(dockwrightRefuses, () -> "Dockwright accepts it: " + df.diagnostics());
                sameWordsAndLine(df.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow(), df,
                        engineSays, c);
            }
            case ACCEPTED -> {
                assertTrue(engineSays.built() || engineSays.log().contains(" ---> "),
                        () -> "the engine refused it or failed before a step was done: " + engineSays);
                assertFalse(dockwrightRefuses, () -> "Dockwright refuses it: " + df.diagnostics());
            }
            case NEWER -> {
                // Engine 20.10 (BuildKit 0.8) refuses it, a newer BuildKit accepts it: Dockwright warns and quotes 20.10
                assertTrue(engineSays.refusedBeforeAnyStep(), () -> "the engine did not refuse it: " + engineSays);
                assertTrue(engineSays.error().contains(c.fragment()), () -> "engine: " + engineSays.error());
                assertFalse(dockwrightRefuses, () -> "Dockwright refuses it: " + df.diagnostics());
            }
        }
    }

    /** The engine's message holds Dockwright's (BuildKit's wording) and, when it names a line, the same line. */
    private static void sameWordsAndLine(Diagnostic d, Dockerfile df, Outcome engineSays, Case c) {
        assertTrue(engineSays.error().contains(c.fragment()), () -> "engine: " + engineSays.error());
        assertTrue(engineSays.error().contains(d.message()), () -> "engine: " + engineSays.error() + "\ndockwright: " + d.message());
        Matcher line = LINE.matcher(engineSays.error());
        if (line.find()) assertEquals(Integer.parseInt(line.group(1)), df.position(d.span().start()).line(), engineSays.error());
    }

    private static Outcome build(String dockerfile) throws Exception {
        Collector collector = new Collector();
        client().buildImageCmd(new ByteArrayInputStream(context(dockerfile))).withDockerfilePath("Dockerfile")
                .withNetworkMode("host").withNoCache(true).withPull(false).withRemove(true).withForcerm(true)
                .exec(collector);
        assertTrue(collector.awaitCompletion(5, TimeUnit.MINUTES), "the build did not finish in 5 minutes");
        String log = collector.log.toString();
        removeImages(log);
        return new Outcome(collector.error == null, log, collector.error);
    }

    /** The images a build made (its steps' and the result), never the base image. */
    private static void removeImages(String log) throws EngineUnavailableException {
        List<String> ids = new ArrayList<>();
        IMAGE.matcher(log).results().map(m -> m.group(1)).filter(id -> !id.equals(baseId)).forEach(ids::add);
        for (int i = ids.size() - 1; i >= 0; i--) {
            try {
                client().removeImageCmd(ids.get(i)).exec();
            } catch (RuntimeException alreadyGone) {
                // removed with a child image
            }
        }
    }

    private static byte[] context(String dockerfile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            entry(tar, "Dockerfile", dockerfile);
            entry(tar, "a", "a file\n");
        }
        return bytes.toByteArray();
    }

    private static void entry(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    private static DockerClient client() throws EngineUnavailableException {
        return engine.session.connection().client();
    }

    private static String shortId(String id) {
        return id.substring(id.indexOf(':') + 1, id.indexOf(':') + 13);
    }

    /** The build's output and its error, from the stream or from the HTTP response. */
    private static final class Collector extends ResultCallback.Adapter<BuildResponseItem> {
        final StringBuilder log = new StringBuilder();
        volatile String error;

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) log.append(item.getStream());
            if (item.getErrorDetail() != null) error = item.getErrorDetail().getMessage();
            else if (item.getError() != null) error = item.getError();
        }

        @Override
        public void onError(Throwable t) {
            error = messageOf(t);
            super.onComplete();
        }
    }

    /** docker-java puts the daemon's JSON body ({"message": ...}) in the exception's message. */
    private static String messageOf(Throwable t) {
        String text = String.valueOf(t.getMessage());
        int body = text.indexOf('{');
        if (body < 0) return text;
        try {
            JsonNode message = JSON.readTree(text.substring(body)).get("message");
            return message == null ? text : message.asText();
        } catch (IOException notJson) {
            return text;
        }
    }
}

package io.dockwright.engine.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The raw errors Docker 20.10 gives for heredocs (copied from real runs) become actionable messages. */
class HeredocSupportTest {
    private static final String HEREDOC = "FROM debian:bookworm-slim\nRUN echo one\nRUN <<EOF\necho hello > /hi\nEOF\nCMD [\"true\"]\n";
    private static final String BUILDKIT_20_10 = "failed to solve with frontend dockerfile.v0: failed to create LLB definition: "
            + "dockerfile parse error line 4: unknown instruction: ECHO";
    private static final String CLASSIC = "dockerfile parse error line 4: unknown instruction: ECHO";
    private static final String OFFLINE_SYNTAX = "failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: "
            + "failed to do request: Head \"https://registry-1.docker.io/v2/docker/dockerfile/manifests/1.4\": dial tcp: "
            + "lookup registry-1.docker.io on 10.255.255.53:53: no such host";

    private static Optional<BuildFailedException> explain(String dockerfile, String error, boolean classic) {
        return HeredocSupport.explain(BuildFailedException.of(error, null), DockerfileOutline.of(dockerfile),
                () -> "Docker Engine 20.10.24 (API 1.41)", classic);
    }

    @Test
    void oldBuiltInFrontendNamesTheEngineTheVersionNeededAndTheHeredocLine() {
        BuildFailedException e = explain(HEREDOC, BUILDKIT_20_10, false).orElseThrow();
        assertEquals(3, e.line(), "the heredoc's RUN, not the body line the engine names");
        assertEquals("RUN <<EOF", e.instruction());
        assertTrue(e.getMessage().startsWith("The heredoc on line 3 (RUN <<EOF) is not understood by this engine: "
                + "Docker Engine 20.10.24 (API 1.41)"), e.getMessage());
        assertTrue(e.getMessage().contains("Docker Engine 23.0 or newer"), e.getMessage());
        assertTrue(e.getMessage().contains("# syntax=docker/dockerfile:1.4"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(engine said: " + BUILDKIT_20_10 + ")"), "the raw error stays available");
    }

    @Test
    void classicBuilderIsToldToUseBuildKit() {
        BuildFailedException e = explain(HEREDOC, CLASSIC, true).orElseThrow();
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("classic builder (Engine API backend) never reads heredocs"), e.getMessage());
        assertTrue(e.getMessage().contains("Choose the BuildKit backend"), e.getMessage());
    }

    @Test
    void unreachableSyntaxFrontendSaysWhichImageAndWhatElseWorks() {
        BuildFailedException e = explain("# syntax=docker/dockerfile:1.4\n" + HEREDOC, OFFLINE_SYNTAX, false).orElseThrow();
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("fetch docker/dockerfile:1.4"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot reach the registry"), e.getMessage());
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertTrue(explain("FROM debian\nRUN ech hi\n", "dockerfile parse error line 2: unknown instruction: ECH", false).isEmpty(),
                "no heredoc: a plain typo is not explained as a heredoc problem");
        assertTrue(explain(HEREDOC, "The command '/bin/sh -c echo one' returned a non-zero code: 1", false).isEmpty());
        assertTrue(HeredocSupport.explain(BuildFailedException.cancellation(), DockerfileOutline.of(HEREDOC), () -> "x", false).isEmpty());
    }
}

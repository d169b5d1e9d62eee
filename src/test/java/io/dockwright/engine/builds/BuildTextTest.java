package io.dockwright.engine.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outline, BuildKit-only syntax detection, progress parsing and ANSI handling on text alone. */
class BuildTextTest {
    private static final String MULTI = String.join("\n",
            "# syntax directive-free", "ARG BASE=python:3.7", "FROM ${BASE} AS builder", "RUN apt-get update && \\",
            "    # a comment inside", "", "    apt-get install -y gcc", "COPY <<EOF /app/x", "line", "EOF",
            "FROM builder AS test", "RUN true", "FROM python:3.7-slim", "COPY --from=builder /a /a", "CMD [\"x\"]", "");

    @Test
    void outlineKnowsLinesStagesAndChains() {
        DockerfileOutline o = DockerfileOutline.of(MULTI);
        assertEquals(List.of("ARG", "FROM", "RUN", "COPY", "FROM", "RUN", "FROM", "COPY", "CMD"),
                o.entries().stream().map(DockerfileOutline.Entry::keyword).toList());
        DockerfileOutline.Entry run = o.entries().get(2);
        assertEquals(4, run.line());
        assertEquals(7, run.endLine());
        assertEquals(8, o.entries().get(3).line());
        assertEquals(10, o.entries().get(3).endLine());
        assertEquals(11, o.entries().get(4).line());
        assertEquals(3, o.stages().size());
        assertEquals(0, o.stages().get(1).baseStage());
        assertEquals(List.of(0, 1), o.chain("test").stream().map(DockerfileOutline.StageInfo::index).toList());
        assertEquals("python:3.7", o.externalBase("test", Map.of()));
        assertEquals("python:3.9", o.externalBase("builder", Map.of("BASE", "python:3.9")));
        assertEquals("python:3.7-slim", o.externalBase(null, Map.of()));
        assertEquals(run, o.step(3));
        assertEquals(run, o.atLine(6));
    }

    @Test
    void escapeDirectiveChangesContinuations() {
        DockerfileOutline o = DockerfileOutline.of("# escape=`\nFROM x\nRUN a `\n  b\nRUN c \\\n");
        assertEquals(3, o.entries().size());
        assertEquals(4, o.entries().get(1).endLine());
        assertEquals("RUN a b", o.entries().get(1).text().replaceAll("\\s+", " "));
    }

    @Test
    void buildKitOnlySyntaxIsFoundWithItsLine() {
        assertEquals(List.of("line 8: COPY with a heredoc"), BuildKitSyntax.reasons(MULTI));
        assertTrue(BuildKitSyntax.reasons("FROM a\nRUN --mount=type=cache,target=/x make\n").get(0).startsWith("line 2"));
        assertTrue(BuildKitSyntax.reasons("FROM a\nCOPY --link . .\n").get(0).contains("--link"));
        assertEquals(List.of(), BuildKitSyntax.reasons("FROM a\nRUN grep --mount /etc/fstab\n"), "a word in a command is no flag");
        assertTrue(BuildKitSyntax.reasons("FROM a\nARG M=755\nCOPY --chmod=$M . .\n").get(0).contains("--chmod"));
        assertEquals(List.of(), BuildKitSyntax.reasons("FROM a\nCOPY --chmod=755 . .\nRUN echo '<<not' \n"));
        assertEquals(BackendChoice.BUILDKIT_CLI, BackendChoice.AUTO.resolve(MULTI));
        assertEquals(BackendChoice.ENGINE_API, BackendChoice.AUTO.resolve("FROM a\n"));
        assertEquals(BackendChoice.ENGINE_API, BackendChoice.ENGINE_API.resolve(MULTI));
    }

    @Test
    void progressFromBothBuilders() {
        assertEquals(new BuildProgress(3, 9, null, "RUN make"), ProgressParser.parse("Step 3/9 : RUN make").orElseThrow());
        assertEquals(new BuildProgress(2, 5, "builder", "RUN pip install"),
                ProgressParser.parse("#7 [builder 2/5] RUN pip install").orElseThrow());
        assertEquals(new BuildProgress(1, 2, null, "FROM x"), ProgressParser.parse("#4 [1/2] FROM x").orElseThrow());
        assertTrue(ProgressParser.parse("#1 [internal] load build definition").isEmpty());
    }

    @Test
    void ansiIsStrippedAndChunksBecomeLines() {
        List<String> lines = new ArrayList<>();
        LogLineSplitter splitter = new LogLineSplitter(lines::add);
        splitter.accept("\u001B[91mdebconf: warn");
        splitter.accept("ing\u001B[0m\nStep 1/2 : FROM x\n\u001B[1A\u001B[2Kprogress 10%\rprogress 100%\npartial");
        splitter.flush();
        assertEquals(List.of("debconf: warning", "Step 1/2 : FROM x", "progress 100%", "partial"), lines);
    }
}

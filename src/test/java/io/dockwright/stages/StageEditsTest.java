package io.dockwright.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each edit is applied to real Dockerfile text, which is parsed again and its graph checked. */
class StageEditsTest {
    private static final String GUIDE = """
            # syntax=docker/dockerfile:1
            ARG PY=3.7
            # Stage 1: build
            FROM python:${PY} AS builder
            WORKDIR /app
            COPY req.txt .
            RUN pip install -r req.txt

            # Tests, never shipped
            FROM builder AS test
            RUN --mount=type=bind,from=builder,target=/src python -m pytest

            # Stage 2: Final image (lightweight)
            FROM python:${PY}-slim
            WORKDIR /app
            COPY --from=BUILDER /usr/local/lib/python3.7/site-packages/ /usr/local/lib/python3.7/site-packages/
            COPY --from=builder-image:1 /x /x
            COPY --from=0 /app/req.txt /req.txt
            COPY . .
            ENTRYPOINT ["python", "run.py"]
            """;

    private static Dockerfile parse(String text) {
        return DockerfileParser.parse(text);
    }

    private static StageGraph graph(String text) {
        return StageGraphBuilder.build(parse(text), GraphOptions.DEFAULT);
    }

    private static StageEdits edits(String text) {
        return new StageEdits(parse(text), graph(text));
    }

    private static void assertClean(String text) {
        Dockerfile file = parse(text);
        assertFalse(file.hasErrors(), () -> file.diagnostics() + "\n" + text);
        StageGraph g = StageGraphBuilder.build(file, GraphOptions.DEFAULT);
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.isError()), () -> g.diagnostics() + "\n" + text);
    }

    private static List<String> edgesOf(StageGraph g) {
        return g.edges().stream().map(e -> (e.isExternal() ? e.fromImage() : "#" + e.fromStage()) + ">" + e.to() + ":" + e.kind()).toList();
    }

    @Test
    void renameFollowsEveryReferenceCaseInsensitively() {
        StageEdit edit = edits(GUIDE).rename(0, "build");
        String after = edit.apply(GUIDE);
        assertClean(after);
        StageGraph before = graph(GUIDE);
        StageGraph now = graph(after);
        assertEquals("build", now.stages().get(0).name());
        assertEquals(edgesOf(before), edgesOf(now), "every edge still points where it did");
        assertTrue(after.contains("FROM build AS test"));
        assertTrue(after.contains("COPY --from=build /usr/local"));
        assertTrue(after.contains("from=build,target=/src"));
        assertTrue(after.contains("--from=builder-image:1"), "an image that merely starts with the name is untouched");
        assertTrue(after.contains("--from=0 "), "index references stay");
        assertEquals(4, edit.edits().size());
        assertEquals(edit.apply(GUIDE), edit.merged(GUIDE).apply(GUIDE));
    }

    @Test
    void renamingAnUnnamedStageNamesIt() {
        String after = edits(GUIDE).rename(2, "runtime").apply(GUIDE);
        assertClean(after);
        assertTrue(after.contains("FROM python:${PY}-slim AS runtime\n"));
        assertEquals("runtime", graph(after).stages().get(2).name());
    }

    @Test
    void renameRejectsBadAndDuplicateNames() {
        StageEdits e = edits(GUIDE);
        var dup = assertThrows(IllegalArgumentException.class, () -> e.rename(2, "Builder"));
        assertTrue(dup.getMessage().contains("already exists"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.rename(0, "9lives"));
        assertThrows(IllegalArgumentException.class, () -> e.rename(0, "two words"));
        assertThrows(IllegalArgumentException.class, () -> e.rename(7, "x"));
    }

    @Test
    void changeBaseKeepsPlatformAndName() {
        String text = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n";
        String after = edits(text).changeBase(0, "golang:1.23-alpine").apply(text);
        assertEquals("FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n", after);
        assertEquals("golang:1.23-alpine", graph(after).stages().get(0).base());
        assertThrows(IllegalArgumentException.class, () -> edits(text).changeBase(0, "  "));
    }

    @Test
    void changeBaseCanPointAStageAtAnotherStage() {
        String after = edits(GUIDE).changeBase(2, "builder").apply(GUIDE);
        assertClean(after);
        assertEquals(0, graph(after).stages().get(2).baseStage());
    }

    @Test
    void removingAnUnusedStageDropsItsBlockAndRenumbersLaterIndexReferences() {
        String text = """
                FROM alpine AS a
                RUN echo a > /a

                # b is not used by anything
                FROM alpine AS b
                RUN echo b

                # c uses a by index
                FROM alpine AS c
                COPY --from=0 /a /a
                COPY --from=2 /a /b
                """;
        // --from=2 in c refers to c itself: invalid in Docker, but it must still shift with c
        String after = edits(text).remove(1).apply(text);
        assertEquals("""
                FROM alpine AS a
                RUN echo a > /a

                # c uses a by index
                FROM alpine AS c
                COPY --from=0 /a /a
                COPY --from=1 /a /b
                """, after);
    }

    @Test
    void removingTheLastUnneededStageLeavesNoTrailingBlankLines() {
        String text = "FROM alpine AS app\nRUN true\n\n\nFROM alpine AS scratchpad\nRUN echo hi\n";
        StageGraph g = StageGraphBuilder.build(parse(text), new GraphOptions("app", java.util.Map.of()));
        String after = new StageEdits(parse(text), g).remove(1).apply(text);
        assertEquals("FROM alpine AS app\nRUN true\n", after);
    }

    @Test
    void removeRefusesAStageSomethingNeedsAndTheTarget() {
        StageEdits e = edits(GUIDE);
        var used = assertThrows(IllegalArgumentException.class, () -> e.remove(0));
        assertTrue(used.getMessage().contains("used by stage"), used.getMessage());
        var target = assertThrows(IllegalArgumentException.class, () -> e.remove(2));
        assertTrue(target.getMessage().contains("target"), target.getMessage());
        String after = e.remove(1).apply(GUIDE);
        assertClean(after);
        assertEquals(2, graph(after).stages().size());
        assertFalse(after.contains("Tests, never shipped"), "the stage's leading comment goes with it");
        assertTrue(after.contains("# Stage 2: Final image"), "the next stage's comment stays");
    }

    @Test
    void addAfterInsertsAnEmptyStageAndShiftsIndexReferences() {
        String after = edits(GUIDE).addAfter(0, "alpine:3.20", "tools").apply(GUIDE);
        assertClean(after);
        StageGraph g = graph(after);
        assertEquals(4, g.stages().size());
        Stage tools = g.stages().get(1);
        assertEquals("tools", tools.name());
        assertEquals("alpine:3.20", tools.base());
        assertEquals(1, tools.instructionCount());
        assertTrue(after.contains("--from=0 /app/req.txt"), "0 is before the insertion point");
        assertTrue(after.contains("pip install -r req.txt\n\nFROM alpine:3.20 AS tools\n\n# Tests"), after);
    }

    @Test
    void addAfterShiftsIndexReferencesPastTheInsertion() {
        String text = "FROM a AS one\nFROM b AS two\nFROM c\nCOPY --from=1 /x /x\nCOPY --from=0 /y /y\n";
        String after = edits(text).addAfter(0, "d", "").apply(text);
        assertEquals("FROM a AS one\n\nFROM d\n\nFROM b AS two\nFROM c\nCOPY --from=2 /x /x\nCOPY --from=0 /y /y\n", after);
        StageGraph g = graph(after);
        assertEquals("two", g.stages().get(g.edges().stream().filter(e -> e.kind() == EdgeKind.COPY && e.line() == 7)
                .findFirst().orElseThrow().fromStage()).name());
    }

    @Test
    void addAfterTheLastStageAtEndOfFileWithoutNewlineKeepsCrlf() {
        String text = "FROM alpine AS a\r\nRUN true";
        String after = edits(text).addAfter(0, "busybox", "b").apply(text);
        assertEquals("FROM alpine AS a\r\nRUN true\r\n\r\nFROM busybox AS b\r\n", after);
        assertEquals("b", graph(after).stages().get(1).name());
    }

    @Test
    void addAfterRejectsDuplicateName() {
        assertThrows(IllegalArgumentException.class, () -> edits(GUIDE).addAfter(0, "alpine", "TEST"));
        assertEquals("stage", edits(GUIDE).freshName("stage"));
        assertEquals("test-2", edits(GUIDE).freshName("test"));
    }

    @Test
    void onbuildAndContinuationLinesAreHandled() {
        String text = "FROM alpine AS base\nFROM alpine\nONBUILD COPY --from=base /a /a\nRUN --mount=type=bind,\\\nfrom=base,target=/b true\n";
        String after = edits(text).rename(0, "root").apply(text);
        assertTrue(after.contains("ONBUILD COPY --from=root /a /a"), after);
        assertTrue(after.contains("from=root,target=/b"), after);
        assertNull(graph(after).stages().get(1).name());
    }
}

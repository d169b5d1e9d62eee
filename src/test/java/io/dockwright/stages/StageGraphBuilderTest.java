package io.dockwright.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageGraphBuilderTest {
    /** The multi-stage version of the guide's Python app. */
    static final String SEED = """
            FROM python:3.7 AS builder
            COPY req.txt .
            RUN pip install --user -r req.txt

            FROM python:3.7-slim
            WORKDIR /code
            COPY --from=builder /root/.local /root/.local
            COPY ./src .
            CMD ["python", "./run.py"]
            """;

    static final String MIXED = """
            ARG BASE=alpine
            ARG TAG=3.19
            FROM ${BASE}:${TAG} AS Base
            RUN echo hi
            FROM base AS build
            RUN --mount=type=cache,target=/root/.cache \\
                --mount=type=bind,from=BASE,source=/etc,target=/x make
            FROM nginx:1.25 AS unused
            FROM scratch
            COPY --from=Build /out /out
            COPY --from=busybox:1.36 /bin/sh /sh
            COPY --from=0 /etc/os-release /
            """;

    private static StageGraph graph(String text) {
        return graph(text, GraphOptions.DEFAULT);
    }

    private static StageGraph graph(String text, GraphOptions options) {
        Dockerfile df = DockerfileParser.parse(text);
        return StageGraphBuilder.build(df, options);
    }

    private static List<String> codes(StageGraph g) {
        return g.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static List<String> parserCodes(String text) {
        return DockerfileParser.parse(text).diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Diagnostic only(StageGraph g, String code) {
        List<Diagnostic> found = g.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), "one " + code + " diagnostic in " + g.diagnostics());
        return found.get(0);
    }

    @Test
    void seedMultiStage() {
        StageGraph g = graph(SEED);
        assertEquals(List.of(), g.diagnostics());
        assertEquals(2, g.stages().size());
        Stage builder = g.stages().get(0);
        assertEquals("builder", builder.name());
        assertEquals("python:3.7", builder.base());
        assertNull(builder.baseStage());
        assertEquals(1, builder.line());
        assertEquals(3, builder.endLine());
        assertEquals(3, builder.instructionCount());
        Stage runtime = g.stages().get(1);
        assertNull(runtime.name());
        assertEquals("1", runtime.label());
        assertEquals("python:3.7-slim", runtime.base());
        assertEquals(5, runtime.line());
        assertEquals(9, runtime.endLine());
        assertEquals(5, runtime.instructionCount());
        assertEquals(List.of(
                new Edge(null, "python:3.7", 0, EdgeKind.FROM, 1, g.edges().get(0).span()),
                new Edge(null, "python:3.7-slim", 1, EdgeKind.FROM, 5, g.edges().get(1).span()),
                new Edge(0, null, 1, EdgeKind.COPY, 7, g.edges().get(2).span())), g.edges());
        assertEquals("--from=builder", SEED.substring(g.edges().get(2).span().start(), g.edges().get(2).span().end()));
        assertEquals(List.of("python:3.7", "python:3.7-slim"), g.externalImages());
        assertEquals(1, g.target());
        assertTrue(builder.needed() && runtime.needed());
        assertEquals(builder, g.stageAt(SEED.indexOf("RUN pip")).orElseThrow());
        assertEquals(runtime, g.stageAt(SEED.indexOf("CMD")).orElseThrow());
    }

    @Test
    void globalArgsCaseInsensitiveNamesMountsAndImages() {
        StageGraph g = graph(MIXED);
        assertEquals(List.of(), g.diagnostics());
        assertEquals("base", g.stages().get(0).name(), "stage names are lowercased like BuildKit does");
        assertEquals("alpine:3.19", g.stages().get(0).base());
        assertEquals(0, g.stages().get(1).baseStage());
        assertNull(g.stages().get(1).base());
        assertEquals("scratch", g.stages().get(3).base());
        List<String> edges = g.edges().stream()
                .map(e -> (e.isExternal() ? e.fromImage() : "#" + e.fromStage()) + "->" + e.to() + ":" + e.kind() + "@" + e.line())
                .toList();
        assertEquals(List.of("alpine:3.19->0:FROM@3", "#0->1:FROM@5", "#0->1:MOUNT@7", "nginx:1.25->2:FROM@8",
                "#1->3:COPY@10", "busybox:1.36->3:COPY@11", "#0->3:COPY@12"), edges);
        assertEquals(List.of("alpine:3.19", "nginx:1.25", "busybox:1.36"), g.externalImages(), "scratch is not an image");
        assertEquals(3, g.target());
        assertEquals(List.of(true, true, false, true), g.stages().stream().map(Stage::needed).toList());
        assertEquals(List.of(g.stages().get(2)), g.unusedStages());
        assertTrue(g.builtByClassicBuilder(g.stages().get(2)), "the classic builder runs every stage up to the target");
        assertEquals(1, g.stage("BUILD").orElseThrow().index());
        assertEquals(0, g.stage("0").orElseThrow().index());
        assertTrue(g.stage("nope").isEmpty());
    }

    @Test
    void buildArgsOverrideDefaultsAndTargetSelectsNeededStages() {
        StageGraph g = graph(MIXED, new GraphOptions("BUILD", Map.of("TAG", "3.20", "UNDECLARED", "x")));
        assertEquals("alpine:3.20", g.stages().get(0).base());
        assertEquals(1, g.target());
        assertEquals(List.of(true, true, false, false), g.stages().stream().map(Stage::needed).toList());
    }

    @Test
    void argDefaultsSeeEarlierArgsAndPlatformIsExpanded() {
        StageGraph g = graph("""
                ARG REGISTRY=docker.io
                ARG IMAGE=${REGISTRY}/library/golang:1.22
                FROM --platform=$BUILDPLATFORM ${IMAGE} AS build
                FROM alpine
                """);
        assertEquals(List.of(), g.diagnostics());
        assertEquals("docker.io/library/golang:1.22", g.stages().get(0).base());
        assertEquals(GlobalArgs.platformArgs().get("BUILDPLATFORM"), g.stages().get(0).platform());
        assertFalse(g.stages().get(0).needed(), "BuildKit does not build a stage the target does not use");
    }

    @Test
    void duplicateStageName() {
        StageGraph g = graph("FROM alpine AS a\nRUN true\nFROM alpine AS A\nFROM a\n");
        Diagnostic d = only(g, "duplicate-stage");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(1, g.stages().get(2).baseStage(), "the latest definition wins, as in BuildKit");
    }

    @Test
    void referenceToLaterStageAndCycles() {
        StageGraph later = graph("FROM alpine AS one\nCOPY --from=two /x /x\nFROM alpine AS two\n");
        assertEquals(List.of("later-stage"), codes(later));
        assertEquals(1, later.edges().stream().filter(e -> !e.isExternal()).count());
        assertEquals(List.of(false, true), later.stages().stream().map(Stage::needed).toList());
        String cyclic = "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\n";
        StageGraph cycle = graph(cyclic);
        assertEquals(List.of("later-stage", "cycle"), codes(cycle));
        assertEquals(cyclic.indexOf("--from=b"), only(cycle, "cycle").span().start(), "reported where the cycle closes");
        StageGraph self = graph("FROM alpine AS a\nCOPY --from=a /x /y\n");
        assertEquals(List.of("self-reference"), codes(self));
        StageGraph selfIndex = graph("FROM alpine\nFROM alpine\nCOPY --from=1 /x /y\n");
        assertEquals(List.of("self-reference"), codes(selfIndex));
    }

    @Test
    void unknownStageReferences() {
        StageGraph index = graph("FROM alpine\nCOPY --from=3 /x /y\n");
        Diagnostic d = only(index, "invalid-stage-index");
        assertEquals("--from=3", "FROM alpine\nCOPY --from=3 /x /y\n".substring(d.span().start(), d.span().end()));
        StageGraph typo = graph("FROM golang AS builder\nFROM alpine\nCOPY --from=buidler /app /app\n");
        Diagnostic w = only(typo, "unknown-stage");
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(w.message().contains("\"builder\""), w.message());
        assertEquals(List.of("golang", "alpine", "buidler"), typo.externalImages(), "Docker's rule: not a stage, so an image");
        StageGraph image = graph("FROM alpine\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n");
        assertEquals(List.of(), image.diagnostics());
        StageGraph tagged = graph("FROM alpine AS base\nFROM base\nCOPY --from=bash:5 /usr/local/bin/bash /bin/\n");
        assertEquals(List.of(), tagged.diagnostics(), "a tagged reference is clearly an image, not a misspelt stage");
        StageGraph invalid = graph("FROM alpine\nCOPY --from=Not_An/Image! /x /y\n");
        assertEquals(List.of("invalid-image"), codes(invalid));
    }

    @Test
    void variablesInFromFlagsAreRejectedLikeBuildKit() {
        StageGraph copy = graph("FROM alpine AS builder\nFROM alpine\nARG S=builder\nCOPY --from=$S /x /y\n");
        assertEquals(List.of("from-expansion"), codes(copy));
        for (String bad : List.of("FROM alpine AS builder\nFROM alpine\nRUN --mount=from=${S},target=/x true\n",
                "FROM alpine\nRUN --mount=type=bind,a\\\"b,target=/x true\n", "FROM alpine\nRUN --mount=type=bind,ro,oops,target=/x true\n")) {
            assertEquals(List.of(), codes(graph(bad)), "the parser reports a bad mount; the graph skips it");
            assertEquals(List.of("invalid-mount"), parserCodes(bad));
        }
        StageGraph quoted = graph("FROM alpine AS b\nFROM alpine\nRUN --mount=\"from=b\",target=/x true\n");
        assertEquals(List.of(), quoted.diagnostics());
        assertEquals(0, quoted.edges().get(2).fromStage());
    }

    @Test
    void badBaseImages() {
        assertEquals(List.of("empty-base"), codes(graph("ARG IMG\nFROM ${IMG}\n")));
        assertEquals(List.of("expansion"), codes(graph("FROM ${IMG:?required}\n")));
        assertEquals(List.of("invalid-image"), codes(graph("FROM Alpine\n")));
        Diagnostic hint = only(graph("FROM alpine AS builder\nFROM Builder\n"), "invalid-image");
        assertTrue(hint.message().contains("case-sensitive"), hint.message());
        assertEquals(List.of(), codes(graph("FROM alpine AS 1st\n")), "FROM's arguments are the parser's");
        assertEquals(List.of("invalid-stage-name"), parserCodes("FROM alpine AS 1st\n"));
        assertEquals(List.of("argument-count"), parserCodes("FROM alpine AS\n"));
    }

    @Test
    void unknownTargetAndMissingStages() {
        StageGraph g = graph(SEED, new GraphOptions("runtime", Map.of()));
        Diagnostic d = only(g, "unknown-target");
        assertTrue(d.message().contains("builder"), d.message());
        assertEquals(-1, g.target());
        assertTrue(g.stages().stream().noneMatch(Stage::needed));
        StageGraph none = graph("ARG A=1\n");
        assertEquals(List.of(), codes(none), "a missing FROM is the parser's");
        assertEquals(List.of("no-stage"), parserCodes("ARG A=1\n"));
        assertEquals(-1, none.target());
        assertEquals(List.of("no-stage"), parserCodes("RUN true\nFROM alpine\n"));
    }

    @Test
    void escapeDirectiveCrlfContinuationsAndHeredocs() {
        String windows = "\uFEFF# escape=`\r\nARG BASE=mcr.microsoft.com/windows/servercore\r\n"
                + "FROM ${BASE}:ltsc2022 `\r\n  AS Build\r\nRUN dir `\r\n  c:\\\r\nFROM build\r\n"
                + "COPY --from=build `\r\n  --chown=1:1 c:\\a c:\\b\r\n";
        StageGraph g = graph(windows);
        assertEquals(List.of(), g.diagnostics());
        assertEquals("mcr.microsoft.com/windows/servercore:ltsc2022", g.stages().get(0).base());
        assertEquals(List.of(3, 6, 7, 9), List.of(g.stages().get(0).line(), g.stages().get(0).endLine(),
                g.stages().get(1).line(), g.stages().get(1).endLine()));
        assertEquals(0, g.stages().get(1).baseStage());
        assertEquals(8, g.edges().get(2).line());

        String heredocs = "FROM alpine AS b\nRUN <<EOF\necho hi\nEOF\n\n# comment\nFROM scratch\nCOPY --from=b <<EOT /x\nbody\nEOT\n";
        StageGraph h = graph(heredocs);
        assertEquals(List.of(), h.diagnostics());
        assertEquals(4, h.stages().get(0).endLine(), "a stage ends with its last instruction's heredoc body");
        assertEquals(10, h.stages().get(1).endLine());
        assertEquals(List.of("alpine"), h.externalImages());
    }

    @Test
    void onbuildTriggersAreNotEdgesOfThisBuild() {
        StageGraph g = graph("FROM alpine AS a\nFROM alpine\nONBUILD COPY --from=a /x /y\n");
        assertEquals(List.of(), g.diagnostics());
        assertEquals(List.of(false, true), g.stages().stream().map(Stage::needed).toList());
    }
}

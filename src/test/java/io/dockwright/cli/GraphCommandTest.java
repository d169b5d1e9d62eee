package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {
    static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1
            ARG PY=3.7
            FROM python:${PY} AS builder
            COPY req.txt .
            RUN pip install --user -r req.txt

            FROM builder AS test
            RUN --mount=type=bind,from=builder,source=/root/.local,target=/deps pytest

            FROM python:${PY}-slim
            COPY --from=builder /root/.local /root/.local
            COPY --from=nginx:1.25 /etc/nginx/mime.types /etc/
            CMD ["python", "run.py"]
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text);
        return file;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        CliRun r = run("graph", write(DOCKERFILE).toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<JsonNode> stages = list(root.get("stages"));
        assertEquals(3, stages.size());
        JsonNode builder = stages.get(0);
        assertEquals(0, builder.get("index").asInt());
        assertEquals("builder", builder.get("name").asText());
        assertEquals("python:3.7", builder.get("base").asText());
        assertTrue(builder.get("baseStage").isNull());
        assertEquals(3, builder.get("line").asInt());
        assertEquals(5, builder.get("endLine").asInt());
        assertTrue(builder.get("needed").asBoolean());
        JsonNode test = stages.get(1);
        assertTrue(test.get("base").isNull());
        assertEquals(0, test.get("baseStage").asInt());
        assertEquals(7, test.get("line").asInt());
        assertEquals(8, test.get("endLine").asInt());
        assertEquals(false, test.get("needed").asBoolean());
        JsonNode last = stages.get(2);
        assertTrue(last.get("name").isNull());
        assertEquals("python:3.7-slim", last.get("base").asText());
        List<String> edges = list(root.get("edges")).stream()
                .map(e -> e.get("from").toString() + ">" + e.get("to").asInt() + ":" + e.get("kind").asText() + "@" + e.get("line").asInt())
                .toList();
        assertEquals(List.of("\"python:3.7\">0:from@3", "0>1:from@7", "0>1:mount@8", "\"python:3.7-slim\">2:from@10",
                "0>2:copy@11", "\"nginx:1.25\">2:copy@12"), edges);
        assertTrue(list(root.get("edges")).get(1).get("from").isInt(), "a stage source is a number");
        assertEquals(List.of("python:3.7", "python:3.7-slim", "nginx:1.25"),
                list(root.get("externalImages")).stream().map(JsonNode::asText).toList());
        assertEquals(2, root.get("target").asInt());
    }

    @Test
    void targetAndBuildArgs() throws IOException {
        CliRun r = run("graph", write(DOCKERFILE).toString(), "--target", "Test", "--build-arg", "PY=3.12", "--format=json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("target").asInt());
        assertEquals("python:3.12", root.get("stages").get(0).get("base").asText());
        assertEquals(List.of(true, true, false),
                list(root.get("stages")).stream().map(s -> s.get("needed").asBoolean()).toList());
    }

    @Test
    void dotAndMermaid() throws IOException {
        Path file = write(DOCKERFILE);
        CliRun dot = run("graph", file.toString(), "--format", "dot");
        assertEquals(0, dot.exit(), dot.err());
        assertTrue(dot.out().startsWith("digraph dockerfile {"), dot.out());
        assertTrue(dot.out().contains("img2 [shape=cylinder"), dot.out());
        assertTrue(dot.out().contains("s0 -> s1 [label=\"RUN --mount\", style=dotted, color=gray60, fontcolor=gray50]"), dot.out());
        assertTrue(dot.out().contains("img2 -> s2 [label=\"COPY --from\", style=dashed]"), dot.out());
        assertTrue(dot.out().contains("peripheries=2"), "the target is marked");
        assertTrue(dot.out().contains("style=\"rounded,dashed\""), "the unneeded stage is dashed");
        CliRun mermaid = run("graph", file.toString(), "--format", "mermaid");
        assertEquals(0, mermaid.exit(), mermaid.err());
        assertTrue(mermaid.out().startsWith("flowchart LR\n"), mermaid.out());
        assertTrue(mermaid.out().contains("img0[(\"python:3.7\")]"), mermaid.out());
        assertTrue(mermaid.out().contains("s0 -.->|\"RUN --mount\"| s1"), mermaid.out());
        assertTrue(mermaid.out().contains("class s2 target"), mermaid.out());
        assertTrue(mermaid.out().contains("class s1 unneeded"), mermaid.out());
        assertTrue(mermaid.out().contains("linkStyle 2 stroke:#aaaaaa"), "edges into an unneeded stage are grey");
    }

    @Test
    void graphErrorsArePrintedWithPositionsAndExitOne() throws IOException {
        Path file = write("FROM alpine AS a\nFROM alpine\nCOPY --from=7 /x /y\n");
        CliRun r = run("graph", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(file + ":3:6: error: invalid stage index 7"), r.err());
    }

    @Test
    void unknownTargetIsAnError() throws IOException {
        CliRun r = run("graph", write(DOCKERFILE).toString(), "--target", "nope");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(": error: target stage \"nope\" could not be found"), r.err());
    }

    @Test
    void missingFile() {
        CliRun r = run("graph", dir.resolve("absent").toString());
        assertEquals(1, r.exit());
        assertEquals("dockwright graph: " + dir.resolve("absent") + ": no such file\n", r.err().replace("\r\n", "\n"));
        assertEquals("", r.out());
    }
}

package io.dockwright.engine.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.builds.DockerfileOutline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History entries (classic and BuildKit forms) aligned with the target's stage chain. */
class LayerMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> history(String... createdBy) {
        List<JsonNode> out = new ArrayList<>();
        for (String c : createdBy) out.add(JSON.createObjectNode().put("CreatedBy", c).put("Size", 10));
        return out;
    }

    @Test
    void keywordsFromBothBuilders() {
        assertEquals("COPY", ImageAnalyzer.keywordOf("/bin/sh -c #(nop) COPY dir:abc in /app "));
        assertEquals("WORKDIR", ImageAnalyzer.keywordOf("/bin/sh -c #(nop) WORKDIR /app"));
        assertEquals("RUN", ImageAnalyzer.keywordOf("/bin/sh -c pip install -r req.txt"));
        assertEquals("RUN", ImageAnalyzer.keywordOf("|1 V=2 /bin/sh -c make"));
        assertEquals("RUN", ImageAnalyzer.keywordOf("RUN /bin/sh -c make # buildkit"));
        assertEquals("COPY", ImageAnalyzer.keywordOf("COPY /out/app /app # buildkit"));
        assertEquals("ENTRYPOINT", ImageAnalyzer.keywordOf("ENTRYPOINT [\"/app\"]"));
    }

    @Test
    void baseLayersFirstThenTheChainsInstructionsInOrder() {
        DockerfileOutline o = DockerfileOutline.of(String.join("\n", "FROM gcc:12 AS build", "RUN make",
                "FROM debian:bookworm-slim AS base", "ENV A=1", "FROM base", "WORKDIR /app",
                "COPY --from=build /src/hello /app/", "CMD [\"/app/hello\"]", ""));
        List<Layer> layers = ImageAnalyzer.map(history("", "/bin/sh -c #(nop)  ENV A=1",
                "/bin/sh -c #(nop) WORKDIR /app", "/bin/sh -c #(nop) COPY file:1 in /app/ ",
                "/bin/sh -c #(nop)  CMD [\"/app/hello\"]"), 1, o, null);
        assertEquals(List.of(true, false, false, false, false), layers.stream().map(Layer::base).toList());
        assertEquals(List.of(0, 4, 6, 7, 8), layers.stream().map(Layer::line).toList());
        assertEquals(List.of(-1, 1, 2, 2, 2), layers.stream().map(Layer::stage).toList());
    }

    @Test
    void unknownEntriesStayUnmappedWithoutDerailingTheRest() {
        DockerfileOutline o = DockerfileOutline.of("FROM x\nARG V\nRUN a\nCOPY . .\n");
        List<Layer> layers = ImageAnalyzer.map(history("LABEL from.somewhere=1", "RUN /bin/sh -c a # buildkit",
                "COPY . . # buildkit"), 0, o, null);
        assertEquals(List.of(0, 3, 4), layers.stream().map(Layer::line).toList());
    }
}

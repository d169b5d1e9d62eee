package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passes that also apply to multi-stage files, and the options. */
class PassesTest {
    @TempDir
    Path dir;

    @Test
    void unusedStageIsRemovedAndExplained() {
        String text = """
                FROM golang:1.21 AS build
                RUN go build -o /app .

                # a leftover test stage
                FROM build AS test
                RUN go test ./...

                FROM gcr.io/distroless/static-debian12
                COPY --from=build /app /app
                CMD ["/app"]
                """;
        Optimized o = Optimized.of(text, dir, OptimizerOptions.defaults()).wellFormed();
        assertEquals(2, o.graph.stages().size(), o.result.text());
        assertFalse(o.result.text().contains("go test"), o.result.text());
        assertFalse(o.result.text().contains("# a leftover test stage"), o.result.text());
        assertTrue(o.fate(5).contains("removed with unused stage test"), o.fate(5));
        assertTrue(o.fate(6).contains("removed"), o.fate(6));
        assertEquals("kept", o.fate(8));
        assertTrue(o.hasChange("unused-stage-test"));
        o.keeps("FROM golang:1.21 AS build\nRUN go build -o /app .\n\n", "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD [\"/app\"]\n");
    }

    @Test
    void loneAptUpdateIsJoinedWithTheInstallAndListsAreCleaned() {
        String text = "FROM debian:bookworm\n# tools\nRUN apt-get update\nRUN apt-get install -y curl\nCMD [\"curl\", \"--version\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed();
        assertEquals("FROM debian:bookworm\n# tools\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\nCMD [\"curl\", \"--version\"]\n", o.result.text());
        assertTrue(o.fate(3).contains("joined"), o.fate(3));
        assertTrue(o.result.warnings().stream().anyMatch(w -> w.contains("No multi-stage split")), o.result.warnings().toString());
        o.idempotent();
    }

    @Test
    void aptEditsFollowTheCommandsNotTheTextInQuotes() {
        String text = """
                FROM debian:bookworm
                RUN echo "apt-get install later" > /notes \\
                    && apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -y install curl \\
                    && apt-get install -y --no-install-recommends jq
                RUN echo 'run apt-get update first'
                RUN apt-get install -y tree
                CMD ["curl", "--version"]
                """;
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed();
        String out = o.result.text();
        assertTrue(out.contains("echo \"apt-get install later\" > /notes"), "the quoted words stay as written: " + out);
        assertTrue(out.contains("DEBIAN_FRONTEND=noninteractive apt-get -y install --no-install-recommends curl"), out);
        assertTrue(out.contains("apt-get install -y --no-install-recommends jq \\\n    && rm -rf /var/lib/apt/lists/*\n"),
                "`apt-get -q update` is an update: the lists go: " + out);
        assertTrue(out.contains("RUN echo 'run apt-get update first'\nRUN apt-get install --no-install-recommends -y tree\n"),
                "an echo is no lone update, so nothing is joined: " + out);
        assertFalse(out.contains("tree \\\n    && rm -rf"), "no update in that RUN, no lists to remove: " + out);
        o.idempotent();
    }

    @Test
    void pipNoCacheAndManifestOrderApplyInsideMultiStageFiles() {
        String text = """
                FROM python:3.12 AS build
                WORKDIR /w
                COPY . .
                RUN pip install -r requirements.txt --prefix=/install

                FROM python:3.12-slim
                COPY --from=build /install /usr/local
                CMD ["python", "-V"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "six\n")).wellFormed().idempotent();
        assertTrue(o.result.text().contains("COPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt --prefix=/install\nCOPY . .\n"),
                o.result.text());
        assertTrue(o.hasChange("manifests-first"));
        assertTrue(o.hasChange("pip-no-cache"));
    }

    @Test
    void manifestOrderNeedsTheManifestInTheContext() {
        String text = "FROM python:3.12-slim\nWORKDIR /w\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"a.py\"]\n";
        OptimizationResult r = Optimized.project(dir, text, Map.of()).result;
        assertFalse(r.changed(), r.text());
        assertTrue(r.unchangedReason().contains("already a runtime image"), r.unchangedReason());
    }

    @Test
    void nonRootUserIsOfferedByOption() {
        String text = "FROM python:3.7\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\nCMD [\"python\", \"run.py\"]\n";
        Optimized off = Optimized.of(text, null, OptimizerOptions.defaults());
        assertTrue(off.runtimeText(Keyword.USER).isEmpty());
        Optimized on = Optimized.of(text, null, OptimizerOptions.defaults().withNonRootUser(true)).wellFormed();
        assertEquals(List.of("USER app"), on.runtimeText(Keyword.USER));
        assertTrue(on.result.text().indexOf("USER app") < on.result.text().indexOf("CMD [\"python\", \"run.py\"]"));
        String go = "FROM golang:1.21\nWORKDIR /s\nCOPY . .\nRUN go build -o /bin/x .\nCMD [\"/bin/x\"]\n";
        assertEquals(List.of("USER nonroot:nonroot"),
                Optimized.of(go, null, OptimizerOptions.defaults().withNonRootUser(true)).wellFormed().runtimeText(Keyword.USER));
    }

    @Test
    void dockerignoreIsProposedOnlyWhenMissing() throws IOException {
        String text = "FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD [\"node\", \"index.js\"]\n";
        OptimizationResult without = Optimized.project(dir, text, Map.of("package.json", "{}")).result;
        assertNotNull(without.proposedDockerignore());
        assertTrue(without.proposedDockerignore().lines().toList().containsAll(List.of(".git", "node_modules")));
        assertTrue(without.changes().stream().anyMatch(c -> c.kind() == ChangeKind.CONTEXT));
        Files.writeString(dir.resolve(".dockerignore"), "node_modules\n");
        OptimizationResult with = Optimized.of(text, dir, OptimizerOptions.defaults()).result;
        assertNull(with.proposedDockerignore());
    }

    @Test
    void unknownAndAlreadySmallBasesAreKeptWithTheReason() {
        OptimizationResult unknown = Optimized.of("FROM mycorp/builder:7\nWORKDIR /s\nCOPY . .\nRUN make\nCMD [\"./x\"]\n", null,
                OptimizerOptions.defaults()).wellFormed().result;
        assertFalse(unknown.changed());
        assertTrue(unknown.unchangedReason().contains("mycorp/builder:7 is not in the runtime base table"), unknown.unchangedReason());
        assertTrue(unknown.accounting().stream().allMatch(f -> f.fate().equals("kept")));
        OptimizationResult slim = Optimized.of("FROM python:3.7-slim\nWORKDIR /a\nCOPY . .\nCMD python x.py\n", null,
                OptimizerOptions.defaults()).result;
        assertFalse(slim.changed());
        assertTrue(slim.unchangedReason().contains("already a runtime image"), slim.unchangedReason());
    }

    @Test
    void crlfFilesGetCrlfLines() {
        String text = "FROM python:3.7\r\nWORKDIR /app\r\nCOPY . .\r\nRUN pip install -r req.txt\r\nCMD [\"python\", \"run.py\"]\r\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("python:3.7-slim");
        assertFalse(o.result.text().replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    }

    @Test
    void badInputGivesAReasonNeverAnException() {
        Optimizer optimizer = new Optimizer();
        for (String bad : new String[] {null, "", "   \n", "FROM", "RUN echo no from", "\u0000\u0001garbage\uFFFF{{{",
                "FROM python:3.7\nCOPY --from=nope /a /b\n", "FROM a AS x\nFROM b AS x\n", "FROM python:3.7\nRUN <<EOF\nunterminated"}) {
            OptimizationResult r = optimizer.optimize(bad, Path.of("/nonexistent/dir"), null, null);
            assertNotNull(r, String.valueOf(bad));
            if (!r.changed()) assertNotNull(r.unchangedReason(), "reason for " + bad);
        }
        assertTrue(optimizer.optimize("", null).unchangedReason().contains("empty"));
        assertTrue(optimizer.optimize("RUN echo no from\n", null).unchangedReason().contains("line 1"));
    }

    @Test
    void runtimeBaseTableMapsAndLoadsUserTables() throws IOException {
        RuntimeBaseTable t = RuntimeBaseTable.bundled();
        assertEquals("python:3.7-slim", t.lookup("python:3.7").orElseThrow().runtime());
        assertEquals("python:3.11-slim-bookworm", t.lookup("python:3.11-bookworm").orElseThrow().runtime());
        assertTrue(t.lookup("python:3.7-slim").orElseThrow().alreadyRuntime());
        assertEquals("node:18-slim", t.lookup("docker.io/library/node:18").orElseThrow().runtime());
        assertEquals("eclipse-temurin:17-jre", t.lookup("maven:3.9.6-eclipse-temurin-17").orElseThrow().runtime());
        assertEquals("eclipse-temurin:21-jre-jammy", t.lookup("eclipse-temurin:21-jdk-jammy").orElseThrow().runtime());
        assertEquals("gcr.io/distroless/static-debian12", t.lookup("golang:1.19").orElseThrow().runtime());
        assertEquals("debian:bookworm-slim", t.lookup("rust:1.75").orElseThrow().runtime());
        assertEquals("debian:bookworm-slim", t.lookup("gcc:12").orElseThrow().runtime());
        assertTrue(t.lookup("mycorp/base:1").isEmpty());
        assertTrue(t.buildOnly("libpq-dev") && t.buildOnly("gcc") && !t.buildOnly("libpq5") && !t.buildOnly("curl"));

        Path user = dir.resolve("bases.json");
        Files.writeString(user, "{\"rules\":[{\"match\":\"mycorp/builder:*\",\"runtime\":\"mycorp/runtime:$1\",\"stack\":\"native\"}]}");
        RuntimeBaseTable mine = RuntimeBaseTable.load(user);
        assertEquals("mycorp/runtime:7", mine.lookup("mycorp/builder:7").orElseThrow().runtime());
        Optimized o = Optimized.of("FROM mycorp/builder:7\nWORKDIR /s\nCOPY . .\nRUN make\nCMD [\"./x\"]\n", null,
                new OptimizerOptions(mine, false, false)).wellFormed().split("mycorp/runtime:7").copies("/s/x");
        assertNull(o.result.proposedDockerignore());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuntimeBaseTable.parse("{\"rules\": 3}"));
        assertTrue(e.getMessage().contains("rules"));
        assertThrowsClearly("{not json");
    }

    private static void assertThrowsClearly(String json) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuntimeBaseTable.parse(json));
        assertTrue(e.getMessage().startsWith("runtime base table is not valid JSON"), e.getMessage());
    }
}

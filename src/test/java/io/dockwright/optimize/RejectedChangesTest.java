package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accept/reject per change: a rejected change's edits are left out, the others stay, and it is listed as rejected. */
class RejectedChangesTest {
    private static final Path EXAMPLES = Path.of("assets/examples");
    @TempDir
    Path dir;

    private static OptimizationResult optimize(String example, String... rejected) throws IOException {
        Path dir = EXAMPLES.resolve(example);
        return new Optimizer().optimize(Files.readString(dir.resolve("Dockerfile")), dir, "Dockerfile",
                OptimizerOptions.defaults().withRejected(Set.of(rejected)));
    }

    private static List<String> ids(List<Change> changes) {
        return changes.stream().map(Change::id).toList();
    }

    @Test
    void rejectingTheSplitKeepsOneStageButStillAppliesTheSmallPasses() throws IOException {
        OptimizationResult all = optimize("python-guide");
        OptimizationResult r = optimize("python-guide", "multi-stage");
        Optimized o = Optimized.of(r.text(), EXAMPLES.resolve("python-guide"), OptimizerOptions.defaults().withRejected(Set.of("multi-stage")));
        assertEquals(1, o.graph.stages().size(), r.text());
        assertTrue(r.changed());
        assertTrue(r.text().contains("FROM python:3.7\n"), r.text());
        assertTrue(r.text().contains("COPY req.txt ./\nRUN pip install --no-cache-dir -r req.txt\n"), r.text());
        assertEquals(List.of("manifests-first", "pip-no-cache", "dockerignore"), ids(r.changes()));
        // the parts of the split go with it, and keep their original lines
        assertEquals(List.of("multi-stage", "runtime-base", "runtime-config"), ids(r.rejected()));
        assertEquals(all.changes().stream().filter(c -> c.id().equals("runtime-base")).findFirst().orElseThrow().lines(),
                r.rejected().get(1).lines());
        assertTrue(all.text().contains("FROM python:3.7-slim"), all.text());
    }

    @Test
    void rejectingAPartOfTheSplitRejectsTheWholeSplit() throws IOException {
        OptimizationResult r = optimize("python-guide", "runtime-base");
        assertEquals("multi-stage", new Change("runtime-base", ChangeKind.RUNTIME_BASE, "", "", List.of(), "").decision());
        assertFalse(r.text().contains("AS builder"), r.text());
        assertTrue(ids(r.rejected()).contains("multi-stage"));
    }

    @Test
    void rejectingAPassLeavesItsLinesUntouched() throws IOException {
        OptimizationResult r = optimize("python-guide", "pip-no-cache");
        assertFalse(r.text().contains("--no-cache-dir"), r.text());
        assertTrue(r.text().contains("RUN pip install -r req.txt\n"), r.text());
        assertTrue(r.text().contains("FROM python:3.7-slim"), "the split is still made");
        assertEquals(List.of("pip-no-cache"), ids(r.rejected()));
        assertEquals(List.of(LineRange.of(8)), r.rejected().get(0).lines());

        OptimizationResult order = optimize("python-guide", "manifests-first");
        assertFalse(order.text().contains("COPY req.txt ./"), order.text());
        assertTrue(order.text().indexOf("COPY . .") < order.text().indexOf("RUN pip install --no-cache-dir -r req.txt"), order.text());
    }

    @Test
    void rejectingTheDockerignoreDropsTheProposal() throws IOException {
        assertTrue(optimize("python-guide").proposedDockerignore() != null);
        OptimizationResult r = optimize("python-guide", "dockerignore");
        assertNull(r.proposedDockerignore());
        assertEquals(List.of("dockerignore"), ids(r.rejected()));
        assertEquals(optimize("python-guide").text(), r.text(), "the Dockerfile is the same");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python-guide", "c-make", "go-app", "node-app"})
    void rejectingEverythingGivesTheOriginalBackWithTheReason(String example) throws IOException {
        OptimizationResult all = optimize(example);
        String[] every = all.changes().stream().map(Change::decision).distinct().toArray(String[]::new);
        OptimizationResult none = optimize(example, every);
        assertFalse(none.changed(), none.text());
        assertEquals(all.original(), none.text());
        assertTrue(none.changes().isEmpty(), none.changes().toString());
        assertEquals(Set.copyOf(ids(all.changes())), Set.copyOf(ids(none.rejected())));
        assertEquals("every change to the Dockerfile was rejected", none.unchangedReason());
        // accepting them again gives the full result back
        assertEquals(all.text(), optimize(example).text());
    }

    @Test
    void aptChangesAreRejectedOneByOne() {
        String text = "FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\nCMD [\"curl\", \"--version\"]\n";
        OptimizerOptions opts = OptimizerOptions.defaults();
        OptimizationResult noMerge = new Optimizer().optimize(text, null, "Dockerfile", opts.withRejected(Set.of("apt-update-merge")));
        assertEquals("FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install --no-install-recommends -y curl\n"
                + "CMD [\"curl\", \"--version\"]\n", noMerge.text());
        assertEquals(List.of("apt-update-merge"), ids(noMerge.rejected()));
        OptimizationResult noLists = new Optimizer().optimize(text, null, "Dockerfile", opts.withRejected(Set.of("apt-lists")));
        assertEquals("FROM debian:bookworm\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n"
                + "CMD [\"curl\", \"--version\"]\n", noLists.text());
        assertEquals(List.of("apt-update-merge", "apt-no-recommends"), ids(noLists.changes()));
    }

    @Test
    void anUnusedStageCanBeKept() throws IOException {
        String text = "FROM alpine AS a\nRUN echo a\n\nFROM alpine AS b\nRUN echo b\n\nFROM alpine\nCMD [\"true\"]\n";
        Files.writeString(dir.resolve(".dockerignore"), ".git\n"); // a context in which nothing builds stage a or b
        OptimizationResult r = new Optimizer().optimize(text, dir, "Dockerfile", OptimizerOptions.defaults().withRejected(Set.of("unused-stage-a")));
        assertEquals("FROM alpine AS a\nRUN echo a\n\nFROM alpine\nCMD [\"true\"]\n", r.text());
        assertEquals(List.of("unused-stage-b"), ids(r.changes()));
        assertEquals(List.of("unused-stage-a"), ids(r.rejected()));
        assertEquals(List.of(new LineRange(1, 2)), r.rejected().get(0).lines());
    }
}

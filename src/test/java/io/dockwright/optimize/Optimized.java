package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: a project folder, its optimized Dockerfile and the checks every optimized file must pass. */
final class Optimized {
    final OptimizationResult result;
    final Dockerfile df;
    final StageGraph graph;
    final Path context;

    private Optimized(OptimizationResult result, Path context) {
        this.result = result;
        this.context = context;
        this.df = DockerfileParser.parse(result.text());
        this.graph = StageGraphBuilder.build(df, GraphOptions.DEFAULT);
    }

    /** Writes {@code files} (name to content) into {@code dir}, then optimizes {@code dockerfile} with that context. */
    static Optimized project(Path dir, String dockerfile, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
            Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(dockerfile, dir, OptimizerOptions.defaults());
    }

    static Optimized of(String dockerfile, Path context, OptimizerOptions options) {
        return new Optimized(new Optimizer().optimize(dockerfile, context, "Dockerfile", options), context);
    }

    /** The output parses, has no graph errors, and every original instruction is accounted for. */
    Optimized wellFormed() {
        assertFalse(df.hasErrors(), () -> "output does not parse: " + df.diagnostics() + "\n" + result.text());
        assertFalse(graph.hasErrors(), () -> "stage graph errors: " + graph.diagnostics() + "\n" + result.text());
        Dockerfile original = DockerfileParser.parse(result.original());
        assertEquals(original.instructions().size(), result.accounting().size(), "one fate per original instruction");
        for (InstructionFate f : result.accounting()) {
            assertFalse(f.fate().equals("unaccounted"), () -> "line " + f.line() + " unaccounted\n" + result.text());
        }
        assertEquals(VerificationStatus.NOT_RUN, result.verification(), "the optimizer alone verifies nothing");
        for (Change c : result.changes()) {
            String said = (c.title() + " " + c.reason() + " " + c.effect()).toLowerCase(java.util.Locale.ROOT);
            assertFalse(said.contains("behaves like") || said.contains("behave the same"),
                    () -> "change " + c.id() + " claims behaviour nothing verified: " + c.effect());
        }
        return this;
    }

    /** Builder + runtime: two stages, the last on {@code runtimeBase}, copying from the first. */
    Optimized split(String runtimeBase) {
        return split(runtimeBase, 2);
    }

    /** Builder, {@code stages - 2} helper stages (a jlink'd Java runtime) and the runtime on {@code runtimeBase}. */
    Optimized split(String runtimeBase, int stages) {
        assertTrue(result.changed(), () -> "unchanged: " + result.unchangedReason());
        assertEquals(stages, graph.stages().size(), result.text());
        Stage runtime = graph.stages().get(stages - 1);
        assertEquals(runtimeBase, runtime.base(), result.text());
        assertTrue(graph.edges().stream().anyMatch(e -> Integer.valueOf(0).equals(e.fromStage()) && e.to() == stages - 1),
                "runtime copies from the builder");
        assertTrue(graph.stages().get(0).needed());
        return this;
    }

    /** The runtime stage has {@code COPY --from=<builder> path path} for each path. */
    Optimized copies(String... paths) {
        List<String> copies = runtime().stream().filter(i -> i.keyword() == Keyword.COPY && i.flag("from").isPresent()
                        && !i.flag("from").get().value().equals("jre"))
                .map(i -> i.args().get(0).value() + " -> " + i.args().get(1).value()).toList();
        for (String p : paths) {
            assertTrue(copies.contains(p + " -> " + p), () -> "runtime should copy " + p + ", copies " + copies + "\n" + result.text());
        }
        assertEquals(paths.length, copies.size(), () -> "exact artifacts expected, got " + copies);
        return this;
    }

    /** Each snippet of the original text appears unchanged in the output. */
    Optimized keeps(String... snippets) {
        for (String s : snippets) {
            assertTrue(result.original().contains(s), "test error: not in the original: " + s);
            assertTrue(result.text().contains(s), () -> "lost: " + s + "\n" + result.text());
        }
        return this;
    }

    /** Optimizing the output again changes nothing in the Dockerfile. */
    Optimized idempotent() {
        OptimizationResult again = new Optimizer().optimize(result.text(), context, "Dockerfile", OptimizerOptions.defaults());
        assertEquals(result.text(), again.text(), "second optimization changed the text");
        assertTrue(again.dockerfileChanges().isEmpty(), () -> "second run reported " + again.changes());
        return this;
    }

    List<Instruction> runtime() {
        Stage last = graph.stages().get(graph.stages().size() - 1);
        return df.instructions().stream().filter(i -> i.span().start() >= last.span().start()).toList();
    }

    List<Instruction> builder() {
        Stage first = graph.stages().get(0);
        return df.instructions().stream().filter(i -> i.span().start() >= first.span().start() && i.span().start() < first.span().end()).toList();
    }

    /** The text of the runtime stage's instructions of one keyword. */
    List<String> runtimeText(Keyword k) {
        return runtime().stream().filter(i -> i.keyword() == k).map(i -> result.text().substring(i.span().start(), i.span().end())).toList();
    }

    String fate(int line) {
        return result.accounting().stream().filter(f -> f.line() == line).findFirst().map(InstructionFate::fate)
                .orElseGet(() -> fail("no fate for line " + line));
    }

    /** The change with this id (fails when there is none). */
    Change change(String id) {
        return result.changes().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no change " + id + " in " + result.changes().stream().map(Change::id).toList()));
    }

    boolean hasChange(String id) {
        return result.changes().stream().anyMatch(c -> c.id().equals(id));
    }
}

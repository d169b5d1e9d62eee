package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.dockerfile.Span;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.stages.StageEdit;
import io.dockwright.ui.graph.GraphLayout.Box;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The view model against the real parser, graph builder and ELK, without a UI toolkit. */
class GraphViewModelTest {
    static final String GUIDE = """
            ARG VARIANT=slim
            FROM python:3.7 AS builder
            WORKDIR /app
            COPY req.txt .
            RUN pip install -r req.txt

            FROM builder AS test
            RUN python -m pytest

            FROM python:3.7-${VARIANT}
            WORKDIR /app
            COPY --from=builder /usr/local/lib/python3.7/site-packages/ /usr/local/lib/python3.7/site-packages/
            COPY . .
            ENTRYPOINT ["python", "run.py"]
            """;

    private final List<Span> selections = new ArrayList<>();
    private final List<StageEdit> edits = new ArrayList<>();

    private GraphViewModel vm(BackgroundExecutor executor) {
        GraphViewModel vm = new GraphViewModel(executor, new StageGraphLayouter(), new io.dockwright.ui.BuildOptions());
        vm.onSelectionRequest(selections::add);
        vm.onEditRequest(edits::add);
        return vm;
    }

    private GraphViewModel loaded(String text) {
        GraphViewModel vm = vm(new SynchronousExecutor());
        GraphInputs.feed(vm, text);
        return vm;
    }

    /** A build of GUIDE's last stage: 3 base layers, then WORKDIR, COPY --from, COPY, ENTRYPOINT of stage 2. */
    private static BuildResult guideBuild() {
        List<Layer> layers = List.of(new Layer(70_000_000, "base", true, -1, 0, null), new Layer(5_000_000, "base", true, -1, 0, null),
                new Layer(0, "base", true, -1, 0, null), new Layer(0, "WORKDIR /app", false, 2, 11, "WORKDIR /app"),
                new Layer(30_000_000, "COPY dir:1", false, 2, 12, "COPY --from=builder"), new Layer(2_000, "COPY dir:2", false, 2, 13, "COPY . ."),
                new Layer(0, "ENTRYPOINT", false, 2, 14, "ENTRYPOINT"));
        return new BuildResult("original", "sha256:1", "t", 105_002_000, layers, 3.5, "test");
    }

    private static GraphLayout.StageSize size(GraphViewModel vm, int card) {
        return vm.layoutProperty().get().card(card).built();
    }

    @Test
    void everyStageCardShowsItsShareOfTheBuildUntilTheStagesChange() {
        GraphViewModel vm = loaded(GUIDE);
        assertNull(size(vm, 2));
        vm.setBuildResult(guideBuild());
        assertEquals(new GraphLayout.StageSize(30_002_000, 75_000_000, true), size(vm, 2));
        assertEquals("size: 30.0 MB + base 75.0 MB", size(vm, 2).describe());
        assertEquals(new GraphLayout.StageSize(0, 0, false), size(vm, 0), "the builder is not in the image");
        assertEquals("size: not in the final image", size(vm, 1).describe());

        GraphInputs.feed(vm, GUIDE.replace("RUN python -m pytest", "RUN python -m pytest -q"));
        assertEquals(30_002_000, size(vm, 2).layerBytes(), "editing inside a stage keeps the sizes");
        GraphInputs.feed(vm, GUIDE.replace("FROM builder AS test", "FROM builder AS tests"));
        assertNull(size(vm, 2), "renaming a stage clears them");
        assertNull(size(vm, 0));

        GraphInputs.feed(vm, GUIDE);
        vm.setBuildResult(guideBuild());
        assertEquals(30_002_000, size(vm, 2).layerBytes());
        vm.setTarget("test");
        GraphInputs.feed(vm, GUIDE);
        assertNull(size(vm, 1), "another target is another image");
        vm.setTarget(null);
        GraphInputs.feed(vm, GUIDE);
        vm.setBuildResult(guideBuild());
        GraphInputs.feed(vm, GUIDE + "FROM scratch\n");
        assertNull(size(vm, 2), "a new stage clears them");
        GraphInputs.feed(vm, GUIDE);
        vm.setBuildResult(guideBuild());
        vm.documentReplaced();
        GraphInputs.feed(vm, GUIDE);
        assertNull(size(vm, 2), "another document forgets them");
    }

    @Test
    void aStageBuildingOnAnotherInTheChainHasNoBaseOfItsOwn() {
        String text = "FROM debian AS base\nRUN apt-get update\nFROM base\nRUN touch /x\n";
        GraphViewModel vm = loaded(text);
        vm.setBuildResult(new BuildResult("original", "sha256:2", "t", 1_300, List.of(new Layer(1_000, "b", true, -1, 0, null),
                new Layer(200, "RUN apt-get update", false, 0, 2, "RUN apt-get update"),
                new Layer(100, "RUN touch /x", false, 1, 4, "RUN touch /x")), 1, "test"));
        assertEquals(new GraphLayout.StageSize(200, 1_000, true), size(vm, 0));
        assertEquals(new GraphLayout.StageSize(100, 0, true), size(vm, 1));
        assertEquals("size: 100 B", size(vm, 1).describe());
    }

    @Test
    void showsCardsForEachStage() {
        GraphViewModel vm = loaded(GUIDE);
        GraphLayout layout = vm.layoutProperty().get();
        assertEquals(List.of("builder", "test", "2"), layout.cards().stream().map(GraphLayout.StageCard::label).toList());
        assertEquals("python:3.7-slim", layout.card(2).base());
        assertEquals(4, layout.card(0).instructionCount());
        assertTrue(layout.card(2).target());
        assertFalse(layout.card(1).needed());
        assertFalse(vm.staleProperty().get());
        assertNull(vm.problemProperty().get());
        assertEquals(List.of("builder", "test"), vm.targets());
        assertEquals("2", vm.effectiveTargetProperty().get());
    }

    @Test
    void layoutIsLeftToRightWithoutOverlaps() {
        GraphLayout layout = loaded(GUIDE).layoutProperty().get();
        List<Box> boxes = new ArrayList<>();
        layout.cards().forEach(c -> boxes.add(c.box()));
        layout.images().forEach(i -> boxes.add(i.box()));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) assertFalse(boxes.get(i).overlaps(boxes.get(j)));
        }
        assertTrue(layout.card(0).box().right() <= layout.card(1).box().x());
        assertTrue(layout.card(0).box().right() <= layout.card(2).box().x());
        Box python = layout.images().stream().filter(i -> i.image().equals("python:3.7")).findFirst().orElseThrow().box();
        assertTrue(python.right() <= layout.card(0).box().x());
    }

    @Test
    void keepsTheLastGoodGraphMarkedStaleWhileTheTextIsBroken() {
        GraphViewModel vm = loaded(GUIDE);
        GraphLayout good = vm.layoutProperty().get();
        GraphInputs.feed(vm, GUIDE.replace("FROM builder AS test", "FROM builder AS test extra words"));
        assertTrue(vm.staleProperty().get());
        assertSame(good, vm.layoutProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("Line 7:"), vm.problemProperty().get());
        assertTrue(vm.renameStage(0, "b").orElseThrow().contains("Fix the errors"));
        GraphInputs.feed(vm, GUIDE.replace("FROM builder AS test\n", "FROM builder AS check\n"));
        assertFalse(vm.staleProperty().get());
        assertNull(vm.problemProperty().get());
        assertEquals("check", vm.layoutProperty().get().card(1).label());
    }

    @Test
    void anotherDocumentDoesNotInheritTheLastGoodGraph() {
        GraphViewModel vm = loaded(GUIDE);
        vm.documentReplaced();
        GraphInputs.feed(vm, "FROM alpine AS only extra\n");
        assertTrue(vm.staleProperty().get());
        assertEquals(1, vm.layoutProperty().get().cards().size(), "the new document's graph, not the old one's");
        assertEquals("alpine", vm.layoutProperty().get().card(0).base());
    }

    @Test
    void aBrokenFirstTextStillShowsWhatCanBeShownMarkedStale() {
        GraphViewModel vm = loaded("FROM alpine AS a b\nRUN true\n");
        assertTrue(vm.staleProperty().get());
        assertNotNull(vm.problemProperty().get());
    }

    @Test
    void clickingACardRequestsItsSpanAndTheCaretHighlightsItsStage() {
        GraphViewModel vm = loaded(GUIDE);
        vm.selectStage(2);
        assertEquals(1, selections.size());
        Span span = selections.get(0);
        assertTrue(GUIDE.substring(span.start(), span.end()).startsWith("FROM python:3.7-${VARIANT}"));
        assertTrue(GUIDE.substring(span.start(), span.end()).endsWith("ENTRYPOINT [\"python\", \"run.py\"]"));
        assertEquals(2, vm.highlightedProperty().get());

        vm.caretMoved(GUIDE.indexOf("pip install"));
        assertEquals(0, vm.highlightedProperty().get());
        vm.caretMoved(GUIDE.indexOf("pytest"));
        assertEquals(1, vm.highlightedProperty().get());
        vm.caretMoved(3);
        assertEquals(-1, vm.highlightedProperty().get(), "global ARG belongs to no stage");
    }

    @Test
    void targetAndBuildArgsFeedTheGraph() {
        GraphViewModel vm = loaded(GUIDE);
        vm.setTarget("test");
        GraphInputs.feed(vm, GUIDE); // the editor re-analyses with the new options
        GraphLayout layout = vm.layoutProperty().get();
        assertTrue(layout.card(1).target());
        assertTrue(layout.card(0).needed());
        assertFalse(layout.card(2).needed(), "the final stage is not needed for --target test");
        assertEquals("test", vm.effectiveTargetProperty().get());
        assertEquals("test", vm.optionsProperty().get().target());

        vm.buildOptions().setEntries(List.of("VARIANT=alpine", ""));
        GraphInputs.feed(vm, GUIDE);
        assertEquals("python:3.7-alpine", vm.layoutProperty().get().card(2).base());
        assertNull(vm.buildArgErrorProperty().get());
        vm.buildOptions().setEntries(List.of("VARIANT=alpine", "not-a-pair"));
        assertNotNull(vm.buildArgErrorProperty().get());
        assertEquals(java.util.Map.of("VARIANT", "alpine"), vm.optionsProperty().get().buildArgs(), "the last valid args");
    }

    @Test
    void aTargetThatNoLongerExistsDrawsTheLastStage() {
        GraphViewModel vm = loaded(GUIDE);
        vm.setTarget("gone");
        GraphInputs.feed(vm, GUIDE);
        assertFalse(vm.staleProperty().get());
        assertNull(vm.problemProperty().get());
        assertTrue(vm.layoutProperty().get().card(2).target());
        assertEquals("2", vm.effectiveTargetProperty().get());
    }

    @Test
    void aBlankTextIsAnEmptyGraphWithoutComplaint() {
        GraphViewModel vm = loaded(" \n");
        assertEquals(List.of(), vm.layoutProperty().get().cards());
        assertNull(vm.problemProperty().get());
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void renameComesOutAsOneEditAndTheTargetFollows() {
        GraphViewModel vm = loaded(GUIDE);
        vm.setTarget("builder");
        assertTrue(vm.renameStage(0, "build").isEmpty());
        assertEquals(1, edits.size());
        String after = edits.get(0).apply(GUIDE);
        assertTrue(after.contains("FROM build AS test") && after.contains("--from=build /usr"));
        assertEquals("build", vm.targetProperty().get());
        assertEquals("build", vm.optionsProperty().get().target());
        GraphInputs.feed(vm, after);
        assertEquals("build", vm.effectiveTargetProperty().get());
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void refusedEditsExplainWhy() {
        GraphViewModel vm = loaded(GUIDE);
        assertTrue(vm.removeStage(0).orElseThrow().contains("used by"));
        assertTrue(vm.removeStage(1).isEmpty());
        assertEquals(1, edits.size());
        assertTrue(vm.addStageAfter(0, "alpine", vm.proposeStageName()).isEmpty());
        assertTrue(edits.get(1).apply(GUIDE).contains("FROM alpine AS stage"));
    }

    @Test
    void oneLayoutAtATimeOutdatedResultsDroppedAndEditsWaitForTheLatestText() {
        QueueExecutor queue = new QueueExecutor();
        GraphViewModel vm = vm(queue);
        GraphInputs.feed(vm, GUIDE);
        GraphInputs.feed(vm, GUIDE.replace("AS test", "AS check"));
        assertEquals(1, queue.size(), "the second layout waits for the first");
        vm.textEdited();
        assertTrue(vm.renameStage(0, "x").isPresent(), "no analysis of the current text yet");
        queue.runFirst();   // the outdated layout completes: dropped, the latest one starts
        assertSame(GraphLayout.EMPTY, vm.layoutProperty().get());
        assertEquals(1, queue.size());
        queue.runFirst();
        assertEquals("check", vm.layoutProperty().get().card(1).label());
    }

    @Test
    void laidOutOnlyOnceTheDocumentsFirstLayoutIsShown() {
        QueueExecutor queue = new QueueExecutor();
        GraphViewModel vm = vm(queue);
        assertFalse(vm.laidOutProperty().get(), "nothing analysed yet: not an empty graph");
        GraphInputs.feed(vm, GUIDE);
        assertFalse(vm.laidOutProperty().get(), "the layout is still running");
        queue.runFirst();
        assertTrue(vm.laidOutProperty().get());
        vm.documentReplaced();
        assertFalse(vm.laidOutProperty().get(), "another document: waiting for its own layout");
        GraphInputs.feed(vm, "");
        queue.runFirst();
        assertTrue(vm.laidOutProperty().get());
        assertTrue(vm.layoutProperty().get().cards().isEmpty(), "a blank document is laid out as an empty graph");
    }

    @Test
    void aBrokenTextWhileALayoutRunsKeepsTheLastGoodGraphAndDropsTheLayout() {
        QueueExecutor queue = new QueueExecutor();
        GraphViewModel vm = vm(queue);
        GraphInputs.feed(vm, GUIDE);
        queue.runFirst();
        GraphLayout good = vm.layoutProperty().get();
        GraphInputs.feed(vm, GUIDE.replace("AS test", "AS check"));
        GraphInputs.feed(vm, GUIDE.replace("AS test", "AS check oops"));
        assertTrue(vm.staleProperty().get());
        queue.runFirst();
        assertSame(good, vm.layoutProperty().get(), "the layout of an outdated text is not shown");
        assertTrue(vm.staleProperty().get());
        assertEquals(0, queue.size());
    }

    /** Runs submitted work only when told, in any order: to test races deterministically. */
    private static final class QueueExecutor implements BackgroundExecutor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            CompletableFuture<T> f = new CompletableFuture<>();
            tasks.add(() -> {
                try {
                    T v = work.call();
                    f.complete(v);
                    onSuccess.accept(v);
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return f;
        }

        void runFirst() { tasks.removeFirst().run(); }
        int size() { return tasks.size(); }

        @Override public void onUi(Runnable action) { action.run(); }
        @Override public void close() { }
    }
}

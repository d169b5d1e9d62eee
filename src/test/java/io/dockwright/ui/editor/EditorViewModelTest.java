package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.dockerfile.Severity;
import io.dockwright.stages.GraphOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    private static final String TEXT = """
            FROM python:3.7 AS builder
            RUN pip install -r req.txt
            FROM python:3.7-slim
            COPY --from=buildr /usr/local /usr/local
            """;

    @Test
    void analysisPublishesHighlightingAndProblemsFromParserAndStageGraph() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        vm.textChanged();
        vm.requestAnalysis(TEXT);
        Analysis a = vm.analysisProperty().get();
        assertNotNull(a);
        assertEquals(List.of("tk-keyword"), a.styles().classesAt(0));
        assertEquals(List.of("tk-stage-name"), a.styles().classesAt(TEXT.indexOf("builder")));
        Problem unknown = vm.problems().stream().filter(p -> p.message().contains("buildr")).findFirst().orElseThrow();
        assertEquals(4, unknown.line());
        assertTrue(a.styles().classesAt(TEXT.indexOf("buildr")).contains("diag-warning"));
        assertEquals("0 errors, 1 warning", vm.problemSummaryProperty().get());
        assertTrue(vm.hoverText(TEXT.indexOf("buildr")).contains("buildr"));
        assertTrue(vm.hoverText(TEXT.indexOf("RUN") + 1).startsWith("Runs a command"));
        assertNull(vm.hoverText(TEXT.indexOf("pip") + 1));
        assertEquals(List.of("builder"), vm.completions("COPY --from=", 12).stream().map(Completion::label).toList());
    }

    @Test
    void aBlankBufferHasNoProblemsButOneWithoutFromStillDoes() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        vm.textChanged();
        vm.requestAnalysis(" \n\t\n");
        assertEquals(List.of(), vm.problems());
        assertEquals("No problems", vm.problemSummaryProperty().get());
        vm.textChanged();
        vm.requestAnalysis("RUN echo hi\n");
        assertTrue(vm.problems().stream().anyMatch(p -> p.message().equals("no build stage in current context")),
                vm.problems().toString());
    }

    @Test
    void instructionsTheEngineRefusesAreErrorsInTheProblemsList() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        vm.textChanged();
        vm.requestAnalysis("FROM alpine:3.20\nUSER\nCOPY --frm=x a b\n");
        List<String> errors = vm.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> p.source() + " " + p.code() + " " + p.location() + " " + p.message()).toList();
        assertEquals(List.of("parser argument-count Ln 2, Col 1 USER requires exactly one argument",
                "parser unknown-flag Ln 3, Col 6 Unknown flag: frm"), errors);
        assertTrue(vm.problemSummaryProperty().get().startsWith("2 errors"), vm.problemSummaryProperty().get());
    }

    @Test
    void lintFindingsCountInTheSummaryWithInfosApart() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        vm.textChanged();
        vm.requestAnalysis("FROM node:latest\nRUN a\nRUN b\n");
        assertEquals("0 errors, 1 warning, 1 info", vm.problemSummaryProperty().get());
        assertTrue(vm.problems().stream().anyMatch(p -> p.source().equals("lint") && p.code().equals("DL3007")));
        assertTrue(vm.hoverText(7).startsWith("warning: DL3007 Pin a release"), vm.hoverText(7));
    }

    /** Holds background work until the test releases it, to interleave edits and results. */
    private static final class ManualExecutor implements BackgroundExecutor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> Future<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            CompletableFuture<T> f = new CompletableFuture<>();
            queued.add(() -> {
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

        void runNext() { queued.remove(0).run(); }

        @Override public void onUi(Runnable action) { action.run(); }

        @Override public void close() { }
    }

    @Test
    void staleResultsAreDroppedAndOnlyTheLatestTextIsQueued() {
        ManualExecutor exec = new ManualExecutor();
        EditorViewModel vm = new EditorViewModel(exec, new DockerfileAnalyzer());
        vm.textChanged();
        vm.requestAnalysis("FROM a\n");
        vm.textChanged();
        vm.requestAnalysis("FROM a\nRUN b\n");
        vm.textChanged();
        vm.requestAnalysis("FROM a\nRUN c\n");
        assertEquals(1, exec.queued.size(), "one analysis at a time");
        exec.runNext();
        assertNull(vm.analysisProperty().get(), "the result for an old text is not shown");
        assertEquals(1, vm.droppedResults());
        assertEquals(1, exec.queued.size(), "the newest text runs next; the middle one is skipped");
        exec.runNext();
        assertEquals("FROM a\nRUN c\n", vm.analysisProperty().get().text());

        vm.textChanged();
        vm.requestAnalysis("FROM a\nRUN d\n");
        vm.textChanged(); // typed again before the result came back
        exec.runNext();
        assertEquals("FROM a\nRUN c\n", vm.analysisProperty().get().text());
        assertEquals(2, vm.droppedResults());
    }

    @Test
    void graphOptionsReanalyseWithTheSameText() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        String text = "FROM a AS one\nFROM b AS two\n";
        vm.requestAnalysis(text);
        assertEquals(1, vm.analysisProperty().get().graph().target());
        vm.graphOptionsProperty().set(new GraphOptions("one", Map.of()));
        assertEquals(0, vm.analysisProperty().get().graph().target());
    }

    @Test
    void caretStatusIsOneBased() {
        EditorViewModel vm = new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer());
        vm.caretMoved(12, 2, 5);
        assertEquals("Ln 2, Col 5", vm.caretStatusProperty().get());
        assertEquals(12, vm.caretOffsetProperty().get());
    }
}

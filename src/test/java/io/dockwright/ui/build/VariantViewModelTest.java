package io.dockwright.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildProgress;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class VariantViewModelTest {
    private final List<VariantViewModel> ended = new ArrayList<>();

    @Test
    void eventsBecomeStateProgressLogAndResult() {
        VariantViewModel vm = new VariantViewModel("original", new SynchronousExecutor());
        vm.reset();
        BuildListener l = vm.listener(ended::add);
        l.onState(BuildState.QUEUED);
        assertTrue(vm.isRunning());
        assertEquals("queued", vm.statusProperty().get());
        l.onState(BuildState.BUILDING);
        l.onLog("Step 2/5 : RUN make");
        l.onProgress(new BuildProgress(2, 5, null, "RUN make"));
        assertEquals(0.4, vm.progressProperty().get(), 1e-9);
        assertEquals("step 2/5 · RUN make", vm.statusProperty().get());
        l.onContext(2_500_000, null);
        BuildResult r = new BuildResult("original", "sha256:1", "t", 5_000_000, List.of(new Layer(5_000_000, "x", true, -1, 0, null)), 3, "api");
        l.onSuccess(r);
        assertTrue(ended.isEmpty());
        l.onState(BuildState.SUCCEEDED);
        assertEquals(List.of(vm), ended);
        assertFalse(vm.isRunning());
        assertSame(r, vm.resultProperty().get());
        assertEquals("built 5.0 MB", vm.statusProperty().get());
        assertEquals(List.of("Step 2/5 : RUN make", "Build context: 2.5 MB"), vm.log());
    }

    @Test
    void aFailureNamesTheInstructionAndACancelIsNotAnError() {
        VariantViewModel vm = new VariantViewModel("optimized", new SynchronousExecutor());
        BuildListener l = vm.listener(ended::add);
        l.onFailure(new BuildFailedException("The command returned a non-zero code: 2", 9, "RUN make", false, null));
        l.onState(BuildState.FAILED);
        assertEquals("failed: line 9: RUN make: The command returned a non-zero code: 2", vm.statusProperty().get());
        assertEquals("ERROR: line 9: RUN make: The command returned a non-zero code: 2", vm.log().get(0));
        vm.reset();
        assertTrue(vm.log().isEmpty());
        assertNull(vm.failureProperty().get());
        l.onFailure(BuildFailedException.cancellation());
        l.onState(BuildState.CANCELLED);
        assertEquals("cancelled", vm.statusProperty().get());
        assertEquals(List.of("Build cancelled"), vm.log());
    }

    @Test
    void theLogKeepsTheNewestLinesOnly() {
        VariantViewModel vm = new VariantViewModel("original", new SynchronousExecutor());
        BuildListener l = vm.listener(ended::add);
        int total = VariantViewModel.MAX_LINES + 123;
        for (int i = 1; i <= total; i++) l.onLog("line " + i);
        assertEquals(VariantViewModel.MAX_LINES, vm.log().size());
        assertEquals("line 124", vm.log().get(0));
        assertEquals("line " + total, vm.log().get(vm.log().size() - 1));
        assertEquals(123, vm.droppedLines());
    }

    /** Events from a worker thread are queued and applied together on the next UI turn, in order. */
    @Test
    void workerEventsAreBatchedOntoTheUiThread() {
        List<Runnable> uiQueue = new ArrayList<>();
        BackgroundExecutor deferred = new BackgroundExecutor() {
            @Override
            public <T> Future<T> submit(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> err) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void onUi(Runnable action) {
                uiQueue.add(action);
            }

            @Override
            public void close() { }
        };
        VariantViewModel vm = new VariantViewModel("original", deferred);
        BuildListener l = vm.listener(ended::add);
        for (int i = 0; i < 100; i++) l.onLog("l" + i);
        assertEquals(1, uiQueue.size());
        assertTrue(vm.log().isEmpty());
        uiQueue.remove(0).run();
        assertEquals(100, vm.log().size());
        assertEquals("l99", vm.log().get(99));
    }

    @Test
    void elapsedTimeFormat() {
        assertEquals("4.2 s", VariantViewModel.format(Duration.ofMillis(4_200)));
        assertEquals("2:05", VariantViewModel.format(Duration.ofSeconds(125)));
    }
}

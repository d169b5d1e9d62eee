package io.dockwright.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Every submitted job reports exactly once, so a busy flag cleared in both callbacks never stays set. */
class JobTest {
    /** A view model's pattern: busy while the work runs, cleared by either callback. */
    private static final class Busy {
        final AtomicBoolean busy = new AtomicBoolean();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        void start(BackgroundExecutor executor, java.util.concurrent.Callable<String> work) {
            busy.set(true);
            executor.submit(work, ok -> finish(null), this::finish);
        }

        void finish(Throwable failure) {
            if (failure != null) failures.add(failure);
            busy.set(false);
            done.countDown();
        }
    }

    @Test
    void interruptedWorkReachesTheFailureCallback() throws Exception {
        PooledExecutor executor = new PooledExecutor(1, "job-test");
        CountDownLatch running = new CountDownLatch(1);
        Busy b = new Busy();
        b.start(executor, () -> {
            running.countDown();
            Thread.sleep(60_000);
            return "never";
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        executor.close(); // interrupts the running work
        assertTrue(b.done.await(10, TimeUnit.SECONDS), "no callback after the interrupt");
        assertFalse(b.busy.get());
        assertInstanceOf(InterruptedException.class, b.failures.get(0));
    }

    @Test
    void workTheExecutorDroppedAtCloseFailsWithACancellation() throws Exception {
        PooledExecutor executor = new PooledExecutor(1, "job-test");
        CountDownLatch release = new CountDownLatch(1);
        Busy first = new Busy();
        Busy queued = new Busy();
        first.start(executor, () -> {
            release.await();
            return "first";
        });
        queued.start(executor, () -> "never ran");
        executor.close();
        assertTrue(queued.done.await(10, TimeUnit.SECONDS));
        assertFalse(queued.busy.get());
        assertInstanceOf(CancellationException.class, queued.failures.get(0));
        assertTrue(first.done.await(10, TimeUnit.SECONDS));
        assertFalse(first.busy.get());
    }

    @Test
    void workCancelledBeforeItStartedFailsOnce() throws Exception {
        PooledExecutor executor = new PooledExecutor(1, "job-test");
        CountDownLatch release = new CountDownLatch(1);
        executor.submit(() -> release.await(10, TimeUnit.SECONDS), ok -> { }, Failures.log("the blocker"));
        List<Object> calls = new CopyOnWriteArrayList<>();
        Future<String> waiting = executor.submit(() -> "ran", calls::add, calls::add);
        assertTrue(waiting.cancel(false));
        release.countDown();
        executor.submit(() -> "after", ok -> { }, e -> { }).get(10, TimeUnit.SECONDS); // the pool has moved past it
        assertEquals(1, calls.size(), calls.toString());
        assertInstanceOf(CancellationException.class, calls.get(0));
        executor.close();
    }

    @Test
    void aThrowingCallbackDoesNotStopTheOtherJobs() throws Exception {
        PooledExecutor executor = new PooledExecutor(1, "job-test");
        executor.submit(() -> "x", ok -> { throw new IllegalStateException("callback bug"); }, e -> { });
        assertEquals("y", executor.submit(() -> "y", ok -> { }, e -> { }).get(10, TimeUnit.SECONDS));
        executor.close();
    }
}

package io.dockwright.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app's executor: interrupted or dropped work still reaches its failure callback, on the FX thread. */
class FxBackgroundExecutorFxTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void interruptedWorkFailsOnTheFxThreadAndTheBusyFlagClears() throws Exception {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
        AtomicBoolean busy = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean onFx = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(2);
        executor.submit(() -> {
            running.countDown();
            Thread.sleep(60_000);
            return "never";
        }, ok -> busy.set(false), e -> {
            failure.set(e);
            onFx.set(Platform.isFxApplicationThread());
            busy.set(false);
            reported.countDown();
        });
        executor.submit(() -> "queued behind it", ok -> reported.countDown(), e -> {
            assertInstanceOf(CancellationException.class, e);
            reported.countDown();
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        executor.close();
        assertTrue(reported.await(10, TimeUnit.SECONDS), "both jobs reported");
        assertFalse(busy.get());
        assertTrue(onFx.get(), "the failure callback ran on the FX thread");
        assertInstanceOf(InterruptedException.class, failure.get());
    }
}

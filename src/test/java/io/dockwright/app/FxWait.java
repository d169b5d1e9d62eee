package io.dockwright.app;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting helpers for the window tests: poll a condition, run a query on the FX thread. */
final class FxWait {
    private FxWait() {}

    static void await(String what, Supplier<Boolean> condition) throws Exception {
        await(what, 10, condition);
    }

    static void await(String what, int seconds, Supplier<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> condition.get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    static <T> T onFx(Supplier<T> s) {
        return io.dockwright.ui.FxQuery.fx(s);
    }
}

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

    /**
     * Waits up to 5 s for {@code found} to come back empty, then asserts it is: for checks of laid-out text, where a
     * node changed since the last layout pass still shows its old state.
     */
    static void awaitNone(String what, Supplier<java.util.List<String>> found) throws Exception {
        try {
            await("no " + what, 5, () -> found.get().isEmpty());
        } catch (AssertionError e) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), found.get(), what);
        }
    }

    static <T> T onFx(Supplier<T> s) {
        return io.dockwright.ui.FxQuery.fx(s);
    }
}

package io.dockwright.bench;

import io.dockwright.app.FxBackgroundExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * The window's path from a click on Build to the engine's first log line in the build panel: the build view
 * model on the FX thread (headless Monocle), its engine check, context packing, the Engine API call, and the
 * line's way back to the FX thread. The same objects the window uses, without the controls.
 */
final class ClickToFirstLine implements AutoCloseable {
    private final FxBackgroundExecutor ui = new FxBackgroundExecutor(2);
    private final FxBackgroundExecutor builds = new FxBackgroundExecutor(1);
    private final EngineAccess access = new EngineAccess(builds, HostEnvironment.current(), new EngineConnector());
    private final BuildViewModel vm;

    ClickToFirstLine(Path context, String dockerfile, String tagPrefix) throws Exception {
        startFx();
        vm = new BuildViewModel(ui, access, new RunHistory(Files.createTempDirectory("dockwright-bench-runs")), () -> dockerfile, r -> { });
        onFx(() -> {
            vm.contextProperty().set(context);
            vm.noCacheProperty().set(true);
            vm.backendProperty().set(BackendChoice.ENGINE_API);
            vm.networkProperty().set("host"); // as the benchmark's docker build: this engine has no bridge network
            vm.tagPrefixProperty().set(tagPrefix);
            return null;
        });
    }

    private static void startFx() throws InterruptedException {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        java.util.concurrent.CountDownLatch up = new java.util.concurrent.CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException already) {
            up.countDown();
        }
        up.await();
        Platform.setImplicitExit(false);
    }

    /** One click: seconds to the first engine line ("Step 1/N") and to the end of the build. */
    double[] click() throws Exception {
        CompletableFuture<Long> firstLine = new CompletableFuture<>();
        CompletableFuture<Long> done = new CompletableFuture<>();
        ListChangeListener<String> lines = c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getAddedSubList().stream().anyMatch(l -> l.startsWith("Step "))) firstLine.complete(System.nanoTime());
            }
        };
        javafx.beans.value.ChangeListener<Boolean> running = (o, was, is) -> {
            if (was && !is) done.complete(System.nanoTime());
        };
        long start = onFx(() -> {
            vm.original().log().addListener(lines);
            vm.runningProperty().addListener(running);
            long t = System.nanoTime();
            vm.build();
            return t;
        });
        long end = done.get(30, TimeUnit.MINUTES);
        onFx(() -> {
            vm.original().log().removeListener(lines);
            vm.runningProperty().removeListener(running);
            return null;
        });
        if (vm.original().resultProperty().get() == null) throw new IllegalStateException("build failed: " + vm.messageProperty().get());
        return new double[] {(firstLine.getNow(end) - start) / 1e9, (end - start) / 1e9};
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        access.close();
        builds.close();
        ui.close();
        Platform.exit();
    }
}

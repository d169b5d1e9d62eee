package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.PrivateDockerd;
import io.dockwright.engine.builds.BuildState;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineViewModel;
import io.dockwright.ui.editor.EditorView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (headless Monocle) pointed at a private dockerd through the engine endpoint field: a build
 * runs, the daemon is killed, and the window stays usable with the editor's text intact, shows the loss, and
 * reconnects by itself when the daemon is back; then a build succeeds and the stage card shows its size.
 */
class EngineLossFxTest extends WindowFxTest {


    @Test
    void killingTheEngineMidBuildKeepsTheEditorAndReconnects() throws Exception {
        try (EngineFixture shared = EngineFixture.connectOrSkip(1); PrivateDockerd daemon = PrivateDockerd.assumeAvailable()) {
            shared.assumeImages("debian:bookworm-slim");
            daemon.start();
            daemon.loadFrom(shared.session.connection().client(), "debian:bookworm-slim");
            Path file = home.resolve("project/Dockerfile");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "FROM debian:bookworm-slim\nRUN echo started && sleep 300\n");
            Workbench wb = launch(List.of(file.toString()));
            EditorView editor = wb.editor();
            BuildViewModel build = wb.buildViewModel();
            EngineViewModel engine = build.engine();
            await("file open", () -> onFx(editor::text).startsWith("FROM debian"));
            // the Build panel is made after the first frame; a Tab's lookup finds it before its skin puts it in the scene
            await("the Build panel", () -> onFx(() -> q.find("#engine-endpoint")
                    .map(n -> n.getScene() != null).orElse(false)));

            // the user points the window at the private engine
            q.click("#engine-endpoint").write(daemon.uri()).type(KeyCode.ENTER);
            await("connected to the private engine", 30, () -> onFx(() -> engine.isConnected()
                    && engine.detailsProperty().get().contains(daemon.uri())));

            robot.interact(() -> editor.moveCaret(editor.text().length()));
            robot.write("# typed before the build");
            await("typed", () -> onFx(editor::text).endsWith("# typed before the build"));
            String typed = onFx(editor::text);

            robot.interact(() -> build.networkProperty().set("host")); // the test engines have no bridge network
            q.click("#build-button");
            await("the RUN step runs", 90, () -> onFx(() -> build.original().log().stream().anyMatch(l -> l.contains("Running in"))));
            daemon.kill(Duration.ofSeconds(3));

            await("the build fails instead of hanging", 60, () -> onFx(() -> build.original().stateProperty().get() == BuildState.FAILED
                    && !build.runningProperty().get()));
            String failure = onFx(() -> build.original().failureProperty().get().getMessage());
            assertTrue(failure.contains("Docker engine at " + daemon.uri()), failure);
            assertEquals(typed, onFx(editor::text), "the editor's text is intact");
            assertTrue(onFx(wb.document()::isDirty), "still marked unsaved");

            // the window responds: typing still reaches the editor at once
            robot.interact(() -> editor.moveCaret(editor.text().length()));
            robot.write("!");
            await("typing after the loss", () -> onFx(editor::text).equals(typed + "!"));
            assertTrue(WaitForAsyncUtils.asyncFx(() -> true).get(2, TimeUnit.SECONDS), "the FX thread is free");

            await("the loss is shown", 20, () -> onFx(() -> engine.stateProperty().get() == EngineViewModel.State.LOST));
            Label summary = q.<Label>one("#engine-summary");
            assertTrue(onFx(summary::getText).contains("lost"), onFx(summary::getText));
            assertTrue(onFx(() -> q.one("#engine-details").isVisible()), "the details say what happened");

            daemon.start();
            await("reconnected by the status retry", 40, () -> onFx(engine::isConnected));
            assertTrue(onFx(summary::getText).startsWith("Docker Engine"), onFx(summary::getText));
            assertEquals(typed + "!", onFx(editor::text));

            // a new build on the restarted engine succeeds, and the stage card shows its share of the image
            robot.interact(() -> editor.replace(0, editor.text().length(), "FROM debian:bookworm-slim\nRUN echo back > /back.txt\n"));
            q.click("#build-button");
            await("the new build succeeds", 90, () -> onFx(() -> build.original().stateProperty().get() == BuildState.SUCCEEDED));
            Label size = q.<Label>one("#stage-card-0 .stage-size");
            await("the card shows the built size", () -> onFx(size::getText).matches("size: \\d+ B \\+ base \\d+(\\.\\d)? MB"));
        }
    }
}

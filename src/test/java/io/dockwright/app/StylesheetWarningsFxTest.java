package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.ui.CssWarnings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, started in the light and in the dark theme and then switched, must style every node
 * without a CSS warning (an unresolved looked-up colour, a value that does not convert).
 */
class StylesheetWarningsFxTest extends WindowFxTest {
    private final CssWarnings warnings = new CssWarnings();

    @BeforeEach
    void attachWarnings() {
        warnings.attach();
    }

    @AfterEach
    void detachWarnings() {
        warnings.detach();
    }

    @Test
    void lightStartThenDarkLogsNoCssWarning() throws Exception {
        checkStartAndToggle(false);
    }

    @Test
    void darkStartThenLightLogsNoCssWarning() throws Exception {
        checkStartAndToggle(true);
    }

    private void checkStartAndToggle(boolean dark) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "theme.dark=" + dark + "\n");
        Path file = home.resolve("Dockerfile");
        Files.writeString(file, "FROM python:3.7 AS build\nRUN pip install flask\nFROM python:3.7-slim\nCOPY --from=build /a /b\n");
        Workbench wb = launch(List.of(file.toString()));
        await("graph cards", () -> onFx(() -> wb.graphViewModel().layoutProperty().get().cards().size()) == 2);
        robot.interact(() -> wb.editor().moveCaret(30)); // highlight a card, fill the problems list's cells
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), warnings.list(), "CSS warnings at start (" + (dark ? "dark" : "light") + ")");
        assertEquals(dark, onFx(() -> wb.theme().darkProperty().get()), "the saved theme applies");
        robot.interact(() -> wb.optimizeWiring().optimize()); // the Optimize page with its diff, graphs and changes
        await("the optimized side", () -> onFx(() -> wb.optimizeWiring().view().optimizedEditor().text()).contains("AS build"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), warnings.list(), "CSS warnings on the Optimize page (" + (dark ? "dark" : "light") + ")");
        robot.interact(() -> wb.theme().darkProperty().set(!dark));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> wb.window().root().applyCss());
        assertEquals(List.of(), warnings.list(), "CSS warnings after switching the theme");
    }
}

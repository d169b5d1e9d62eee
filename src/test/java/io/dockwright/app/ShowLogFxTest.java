package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.logging.LogSettings;
import io.dockwright.logging.Logging;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Help > Show Log in the real window shows the real log file the app writes, and Refresh reads it again. */
class ShowLogFxTest extends WindowFxTest {
    @AfterEach
    void stopLog() {
        Logging.restoreDefault();
    }

    @Test
    void showLogShowsTheFilesEndAndRefreshReadsNewLines() throws Exception {
        Logging.start(LogSettings.forRun(home, false, null));
        LoggerFactory.getLogger(ShowLogFxTest.class).info("first marker line");
        launch(List.of());
        MenuItem showLog = onFx(() -> q.<MenuBar>one(".menu-bar").getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-show-log".equals(i.getId())).findFirst().orElseThrow());
        robot.interact(showLog::fire); // Help > Show Log
        await("the log window", () -> q.find("#log-text").isPresent());
        await("the log read", () -> onFx(() -> q.<TextArea>one("#log-text").getText()).contains("first marker line"));
        String status = onFx(() -> q.<javafx.scene.control.Label>one("#log-status").getText());
        assertTrue(status.contains(home.resolve("logs/dockwright.log").toString()), status);

        LoggerFactory.getLogger(ShowLogFxTest.class).warn("second marker line");
        q.click("#log-refresh");
        await("the new line after Refresh", () -> onFx(() -> q.<TextArea>one("#log-text").getText()).contains("second marker line"));
        assertEquals(false, onFx(() -> q.<TextArea>one("#log-text").isEditable()));
    }
}

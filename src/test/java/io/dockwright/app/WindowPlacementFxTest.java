package io.dockwright.app;

import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The real window, headless: it reopens where and as big as the user left it, and never out of reach. */
class WindowPlacementFxTest extends WindowFxTest {

    @Test
    void theWindowReopensWhereItWasLeftAndMaximizedStaysMaximized() throws Exception {
        Workbench first = launch(List.of());
        Stage stage = stageOf(first);
        assertEquals(defaultBounds(), boundsOf(stage), "a first start: the default size, centred");

        robot.interact(() -> {
            stage.setX(30);
            stage.setY(20);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(first::shutdown); // what quitting runs (DockwrightApp.stop)
        assertTrue(Files.isRegularFile(new AppPaths(home).window()));
        robot.interact(() -> {
            stage.setX(0); // the test reuses the stage: somewhere else, so the next start must move it back
            stage.setWidth(1000);
        });

        Workbench second = launch(List.of());
        assertEquals(new Rectangle2D(30, 20, 900, 600), boundsOf(stageOf(second)));
        assertFalse(onFx(stageOf(second)::isMaximized));

        // as a window manager may report it: the screen-filling bounds first, the maximized state just after
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        robot.interact(() -> {
            Stage s = stageOf(second);
            s.setX(screen.getMinX());
            s.setY(screen.getMinY());
            s.setWidth(screen.getWidth());
            s.setHeight(screen.getHeight());
            s.setMaximized(true);
        });
        robot.interact(second::shutdown);
        String saved = Files.readString(new AppPaths(home).window());
        assertTrue(saved.contains("maximized=true"), saved);
        assertTrue(saved.contains("width=900.0") && saved.contains("x=30.0"), "the bounds to come back to from maximized: " + saved);

        Workbench third = launch(List.of());
        try {
            assertTrue(onFx(stageOf(third)::isMaximized), "left maximized, reopened maximized");
        } finally {
            robot.interact(() -> stageOf(third).setMaximized(false)); // the stage is shared with later tests
        }
    }

    @Test
    void boundsOffEveryScreenOrAnUnreadableFileGiveTheDefault() throws Exception {
        AppPaths paths = new AppPaths(home);
        Files.createDirectories(paths.home());
        Files.writeString(paths.window(), "x=5000\ny=4000\nwidth=900\nheight=600\nmaximized=false\n"); // a monitor since unplugged
        Workbench first = launch(List.of());
        assertEquals(defaultBounds(), boundsOf(stageOf(first)));
        robot.interact(first::shutdown);

        robot.interact(() -> stageOf(first).setX(3)); // somewhere else, so that only the default can put it back
        Files.writeString(paths.window(), "x=10\ny=oops\n");
        assertEquals(defaultBounds(), boundsOf(stageOf(launch(List.of()))));
    }

    @Test
    void aWindowTallerThanTheScreenIsMadeToFitIt() throws Exception {
        AppPaths paths = new AppPaths(home);
        Files.createDirectories(paths.home());
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        Files.writeString(paths.window(), "x=0\ny=0\nwidth=" + (screen.getWidth() + 500) + "\nheight=" + (screen.getHeight() + 500) + "\n");
        Rectangle2D b = boundsOf(stageOf(launch(List.of())));
        assertTrue(b.getWidth() <= screen.getWidth() && b.getHeight() <= screen.getHeight(), b + " within " + screen);
    }

    private static Stage stageOf(Workbench wb) {
        return onFx(() -> (Stage) wb.window().root().getScene().getWindow());
    }

    private static Rectangle2D boundsOf(Stage stage) {
        return onFx(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    private static Rectangle2D defaultBounds() {
        return onFx(() -> {
            Rectangle2D s = Screen.getPrimary().getVisualBounds();
            double w = Math.min(WindowPlacement.DEFAULT_WIDTH, s.getWidth());
            double h = Math.min(WindowPlacement.DEFAULT_HEIGHT, s.getHeight());
            return new Rectangle2D(s.getMinX() + (s.getWidth() - w) / 2, s.getMinY() + (s.getHeight() - h) / 2, w, h);
        });
    }
}

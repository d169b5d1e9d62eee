package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: unsaved edits are never lost without asking. File > New and closing the window ask
 * "Save changes to …?"; Cancel keeps everything, "Don't Save" drops the edits, Save writes them first.
 */
class UnsavedChangesFxTest extends WindowFxTest {
    private static final String ON_DISK = "FROM alpine:3.19\n";
    private static final String EDIT = "RUN echo unsaved\n";

    @Test
    void fileNewAsksAndEachAnswerDoesWhatItSays() throws Exception {
        Path file = home.resolve("Dockerfile");
        Workbench wb = launchWith(file);

        edit(wb);
        fileNew();
        DialogPane dialog = awaitDialog();
        assertEquals("Save changes to Dockerfile?", onFx(dialog::getHeaderText));
        answer(dialog, "Cancel");
        assertEquals(ON_DISK + EDIT, onFx(wb.editor()::text), "Cancel keeps the edits");
        assertTrue(onFx(wb.document()::isDirty));
        assertEquals(file, onFx(() -> wb.document().pathProperty().get()));

        fileNew();
        answer(awaitDialog(), "Don't Save");
        await("a new, empty document", () -> onFx(wb.editor()::text).isEmpty());
        assertNull(onFx(() -> wb.document().pathProperty().get()));
        assertFalse(onFx(wb.document()::isDirty));
        assertEquals(ON_DISK, Files.readString(file), "Don't Save leaves the file as it was");

        robot.interact(() -> wb.files().open(file)); // not dirty: opens without asking
        await("file open again", () -> onFx(wb.editor()::text).equals(ON_DISK));
        edit(wb);
        fileNew();
        answer(awaitDialog(), "Save");
        await("a new document after saving", () -> onFx(wb.editor()::text).isEmpty());
        assertEquals(ON_DISK + EDIT, Files.readString(file), "Save writes the edits before the buffer is replaced");
    }

    @Test
    void closingTheWindowWithEditsAsksAndCancelKeepsItOpen() throws Exception {
        Path file = home.resolve("Dockerfile");
        Workbench wb = launchWith(file);
        Stage stage = onFx(() -> (Stage) wb.editor().area().getScene().getWindow());

        edit(wb);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(awaitDialog(), "Cancel");
        assertTrue(onFx(stage::isShowing), "Cancel keeps the window open");
        assertEquals(ON_DISK + EDIT, onFx(wb.editor()::text));

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(awaitDialog(), "Don't Save");
        await("the window closes", () -> !onFx(stage::isShowing));
        assertEquals(ON_DISK, Files.readString(file));
    }

    /** The app started on {@code file}, which holds {@link #ON_DISK}. */
    private Workbench launchWith(Path file) throws Exception {
        Files.writeString(file, ON_DISK);
        Workbench wb = launch(List.of(file.toString()));
        await("file open", () -> onFx(wb.editor()::text).equals(ON_DISK));
        return wb;
    }

    private void edit(Workbench wb) throws Exception {
        robot.interact(() -> wb.editor().area().appendText(EDIT));
        await("the buffer is dirty", () -> onFx(wb.document()::isDirty));
    }

    /** The File menu's New item, fired later: its question waits in a nested event loop until answered. */
    private void fileNew() {
        MenuBar bar = q.<MenuBar>one(".menu-bar");
        MenuItem item = onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("_File")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "New".equals(i.getText())).findFirst().orElseThrow());
        Platform.runLater(item::fire);
    }

    private DialogPane awaitDialog() throws Exception {
        await("the unsaved-changes dialog", () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        return onFx(() -> (DialogPane) Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow().getScene().getRoot());
    }

    private void answer(DialogPane dialog, String button) throws Exception {
        Button b = onFx(() -> dialog.getButtonTypes().stream()
                .filter(t -> t.getText().equals(button)).map(t -> (Button) dialog.lookupButton(t))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + button)));
        Window window = onFx(() -> dialog.getScene().getWindow());
        robot.clickOn(b);
        await("the dialog closes", () -> !onFx(window::isShowing));
    }
}

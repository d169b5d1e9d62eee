package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.Problem;
import io.dockwright.ui.files.ExampleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): open the guide's example, type, see styles, problems and recovery. */
class WorkbenchFxTest extends WindowFxTest {



    @Test
    void openExampleTypeSeeStylesAndJumpToAProblem() throws Exception {
        Workbench wb = launch(List.of());
        EditorView editor = wb.editor();
        ExampleCatalog.Example guide = new ExampleCatalog(getClass().getClassLoader(), home.resolve("examples")).list()
                .stream().filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
        robot.interact(() -> wb.files().openExample(guide, "Dockerfile"));
        await("the example's text", () -> onFx(editor::text).contains("FROM python:3.7"));
        String text = onFx(editor::text);
        await("keyword style on FROM", () -> onFx(() -> editor.stylesAt(text.indexOf("FROM python"))).contains("tk-keyword"));
        assertEquals(List.of("tk-string"), onFx(() -> editor.stylesAt(text.indexOf("\"python\""))));
        assertEquals(List.of("tk-comment"), onFx(() -> editor.stylesAt(1)));
        assertTrue(onFx(() -> wb.document().titleProperty().get()).startsWith("Dockerfile — "));

        // type a stage name into the FROM line with the keyboard
        robot.interact(() -> editor.moveCaret(text.indexOf("python:3.7") + "python:3.7".length()));
        robot.write(" AS app");
        await("stage name style", () -> onFx(() -> editor.text().contains("python:3.7 AS app")
                && editor.stylesAt(editor.text().indexOf("app\n")).contains("tk-stage-name")));
        assertEquals(List.of("tk-keyword"), onFx(() -> editor.stylesAt(editor.text().indexOf("AS app"))));
        assertTrue(onFx(() -> wb.document().titleProperty().get()).contains("•"), "typing marks the buffer dirty");

        // insert a longer line directly: a COPY from a stage that does not exist
        robot.interact(() -> editor.replace(editor.text().length(), editor.text().length(), "COPY --from=ap /a /b\n"));
        ListView<Problem> problems = q.one("#problems");
        await("the problem in the list", () -> onFx(() -> problems.getItems().stream().anyMatch(p -> p.message().contains("\"ap\""))));
        int expected = onFx(() -> editor.text().indexOf("--from=ap"));
        assertTrue(onFx(() -> editor.stylesAt(expected + 8)).stream().anyMatch(s -> s.startsWith("diag-")), "underlined");
        robot.interact(() -> editor.moveCaret(0));
        // the example's own lint finding (pip without --no-cache-dir) may come first: click the "ap" row,
        // a visible cell (the list's virtual flow also holds hidden, recycled cells)
        int row = onFx(() -> problems.getItems().indexOf(problems.getItems().stream()
                .filter(p -> p.message().contains("\"ap\"")).findFirst().orElseThrow()));
        Node cell = q.<javafx.scene.control.ListCell<?>>all("#problems .list-cell").stream()
                .filter(c -> c.isVisible() && c.getIndex() == row && !c.isEmpty()).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        Problem first = onFx(() -> problems.getItems().get(row));
        assertEquals(first.start(), (int) onFx(() -> editor.area().getCaretPosition()));
        assertTrue(first.start() >= expected && first.start() <= expected + 18, "caret on the COPY --from line");
    }

    @Test
    void completionInsertsAKeywordAndUndoRevertsOneEditAtATime() throws Exception {
        Path file = home.resolve("Dockerfile");
        Files.writeString(file, "FROM alpine AS base\nRUN true\nFROM alpine\n");
        Workbench wb = launch(List.of(file.toString()));
        EditorView editor = wb.editor();
        await("file open", () -> onFx(editor::text).startsWith("FROM alpine AS base"));
        await("analysis", () -> onFx(() -> wb.editorViewModel().analysisProperty().get() != null));
        robot.interact(() -> editor.moveCaret(editor.text().length()));
        robot.write("CO");
        await("completion list", () -> q.find("#completion-list").map(Node::isVisible).orElse(false));
        robot.type(KeyCode.ENTER);
        await("keyword inserted", () -> onFx(editor::text).endsWith("\nCOPY "));
        assertTrue(onFx(editor::text).endsWith("FROM alpine\nCOPY "), onFx(editor::text));
        robot.write("--from=");
        await("stage names offered", () -> q.find("#completion-list").map(Node::isVisible).orElse(false)
                && onFx(() -> q.<ListView<Object>>one("#completion-list").getItems().size()) == 1);
        robot.type(KeyCode.ENTER);
        await("stage inserted", () -> onFx(editor::text).endsWith("COPY --from=base"));

        robot.interact(() -> editor.moveCaret(3));
        assertTrue(onFx(editor::foldStageAtCaret), "the first stage folds");
        assertTrue(onFx(() -> editor.area().isFolded(1)), "its FROM line stays, the rest hides");
        assertFalse(onFx(() -> editor.area().isFolded(0)));
        robot.interact(editor::unfoldAll);
        assertFalse(onFx(() -> editor.area().isFolded(1)));

        robot.interact(() -> editor.replace(0, 0, "# x\n")); // one edit, far from the previous one
        robot.interact(() -> editor.moveCaret(4));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(editor::text).startsWith("FROM alpine AS base"), "the last edit is undone: " + onFx(editor::text));
        assertTrue(onFx(editor::text).endsWith("COPY --from=base"), "one Ctrl+Z undoes one edit, not two");
    }

    @Test
    void dirtyBufferSurvivesACrashThroughTheRecoveryFile() throws Exception {
        Path file = home.resolve("project/Dockerfile");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "FROM alpine\n");
        Workbench crashed = launch(List.of(file.toString()));
        await("file open", () -> onFx(crashed.editor()::text).equals("FROM alpine\n"));
        robot.interact(() -> crashed.editor().replace(12, 12, "RUN echo never saved\n"));
        await("dirty", () -> onFx(crashed.document()::isDirty));
        robot.interact(() -> crashed.document().autosave(crashed.editor().text())); // what the 3 s timer does
        await("recovery file", () -> {
            try (var files = Files.list(home.resolve("recovery"))) {
                return files.findAny().isPresent();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        // the process dies: no stop(), no save; a new app instance starts with the same home folder
        FxToolkit.cleanupStages();
        Workbench next = launch(List.of());
        await("restore offer", () -> q.find("#restore-button").isPresent()
                && q.one("#restore-button").isVisible());
        assertTrue(q.text("#info-message").contains(file.toString()));
        q.click("#restore-button");
        await("restored text", () -> onFx(next.editor()::text).equals("FROM alpine\nRUN echo never saved\n"));
        assertTrue(onFx(next.document()::isDirty));
        assertEquals(file, onFx(() -> next.document().pathProperty().get()));
        assertTrue(onFx(() -> next.document().titleProperty().get()).startsWith("Dockerfile •"));
    }
}

package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The stage graph in the real window: cards for the example's stages, click selects, caret highlights. */
class WorkbenchGraphFxTest extends WindowFxTest {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private List<Node> cards() {
        return q.all(".stage-card");
    }

    private boolean highlighted(String id) {
        return onFx(() -> q.one("#" + id).getPseudoClassStates().contains(HIGHLIGHTED));
    }

    @Test
    void multistageExampleShowsTwoCardsThatSyncWithTheEditor() throws Exception {
        Workbench wb = launch(List.of());
        EditorView editor = wb.editor();
        ExampleCatalog.Example guide = new ExampleCatalog(getClass().getClassLoader(), home.resolve("examples")).list()
                .stream().filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
        robot.interact(() -> wb.files().openExample(guide, "Dockerfile.multistage"));
        await("the example's text", () -> onFx(editor::text).contains("FROM python:3.7 AS builder"));
        await("two stage cards", () -> onFx(this::cards).size() == 2);
        String text = onFx(editor::text);

        // click the first card: the editor selects the builder stage, from its FROM line to the next stage
        q.click("#stage-card-0");
        WaitForAsyncUtils.waitForFxEvents();
        String selected = onFx(() -> editor.area().getSelectedText());
        assertTrue(selected.startsWith("FROM python:3.7 AS builder"), selected);
        assertTrue(selected.contains("RUN pip install -r req.txt"), selected);
        assertTrue(!selected.contains("FROM python:3.7-slim"), selected);
        assertEquals(text.indexOf("FROM python:3.7 AS builder"), onFx(() -> editor.area().getSelection().getStart()));
        assertTrue(highlighted("stage-card-0"));

        // move the caret into the second stage: its card is highlighted, the first is not
        robot.interact(() -> editor.moveCaret(text.indexOf("ENTRYPOINT")));
        await("second card highlighted", () -> highlighted("stage-card-1"));
        assertTrue(!highlighted("stage-card-0"));
        robot.interact(() -> editor.moveCaret(text.indexOf("WORKDIR /app")));
        await("first card highlighted again", () -> highlighted("stage-card-0"));

        // a visual edit (rename builder) changes every reference and is one undo step
        assertEquals(java.util.Optional.empty(), onFx(() -> wb.graphViewModel().renameStage(0, "deps")));
        String renamed = onFx(editor::text);
        assertTrue(renamed.contains("FROM python:3.7 AS deps") && renamed.contains("COPY --from=deps "), renamed);
        robot.interact(() -> editor.area().undo());
        assertEquals(text, onFx(editor::text));

        // build args typed in the build panel show in the graph's fields, and the other way round
        robot.interact(() -> wb.buildViewModel().buildArgsProperty().set("A=1, B=2"));
        assertEquals(List.of("A=1", "B=2"), onFx(() -> q.<javafx.scene.control.TextField>all(".build-arg-field")
                .stream().map(javafx.scene.control.TextField::getText).toList()));
        robot.interact(() -> q.<javafx.scene.control.TextField>all(".build-arg-field").iterator().next().setText("A=3"));
        assertEquals("A=3 B=2", onFx(() -> wb.buildViewModel().buildArgsProperty().get()));
    }
}

package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.ui.FxQuery;
import io.dockwright.ui.prefs.PreferenceValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the welcome page at first start, a corrupt preferences file, the Preferences dialog. */
class WelcomeFxTest extends WindowFxTest {

    /** True when the node is in the window and it and all its parents are visible. */
    private boolean showing(String query) {
        return onFx(() -> q.find(query).map(n -> {
            if (n.getScene() == null) return false;
            for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
            return true;
        }).orElse(false));
    }

    @Test
    void firstStartShowsTheWelcomePageAndAnExampleOpensFromIt() throws Exception {
        Workbench wb = launch(List.of());
        await("welcome page", () -> showing("#welcome-view"));
        assertEquals(onFx(() -> wb.window().root().getCenter()), q.one("#welcome-view"));
        assertTrue(q.<javafx.scene.control.Label>all(".welcome-muted").stream()
                .anyMatch(l -> l.getText().startsWith("No recent files")), "an empty home has no recent files");
        await("the examples", () -> showing("#welcome-example-python-guide-Dockerfile"));
        await("the engine status", () -> !q.text("#welcome-engine-summary").startsWith("Engine not checked"));
        assertFalse(showing("#welcome-notice"), "a fresh home has no preferences problem");
        assertFalse(showing("#status-caret"), "no document fields in the status bar on the welcome page");
        assertFalse(showing("#status-format"));

        await("the example clickable", () -> q.visible("#welcome-example-python-guide-Dockerfile")); // the window is up, not only the node
        q.click("#welcome-example-python-guide-Dockerfile");
        await("the example in the editor", () -> onFx(wb.editor()::text).contains("FROM python:3.7"));
        await("the editor replaces the welcome page", () -> !showing("#welcome-view"));
        assertTrue(onFx(() -> wb.editor().area().getScene() != null));
        assertEquals(home.resolve("examples/python-guide/Dockerfile"), onFx(() -> wb.document().pathProperty().get()));
        assertTrue(showing("#status-caret"), "the document's fields are back with the editor");
        assertFalse(showing("#welcome-back"), "nothing to go back to at start");
    }

    @Test
    void helpWelcomeShowsThePageOverTheOpenDocumentAndBackKeepsItsEdits() throws Exception {
        Path file = home.resolve("Dockerfile");
        java.nio.file.Files.writeString(file, "FROM alpine:3.19\n");
        Workbench wb = launch(List.of(file.toString()));
        await("file open", () -> onFx(wb.editor()::text).startsWith("FROM alpine"));
        robot.interact(() -> wb.editor().area().appendText("RUN echo unsaved\n"));
        javafx.scene.control.MenuBar bar = q.<javafx.scene.control.MenuBar>one(".menu-bar");
        javafx.scene.control.MenuItem welcome = onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("_Help"))
                .findFirst().orElseThrow().getItems().stream().filter(i -> "Welcome".equals(i.getText())).findFirst().orElseThrow());
        robot.interact(welcome::fire);
        await("welcome page", () -> showing("#welcome-view"));
        assertFalse(showing("#status-caret"), "no document fields in the status bar on the welcome page");
        assertTrue(showing("#welcome-back"));
        q.click("#welcome-back");
        await("the editor is back", () -> !showing("#welcome-view") && onFx(() -> wb.editor().area().getScene() != null));
        assertEquals("FROM alpine:3.19\nRUN echo unsaved\n", onFx(wb.editor()::text), "nothing was closed or lost");
        assertEquals(file, onFx(() -> wb.document().pathProperty().get()));
        assertTrue(showing("#status-caret"));

    }

    @Test
    void inANarrowWindowTheExamplesMoveBelowStartAndRecentInsteadOfBeingSqueezed() throws Exception {
        Workbench wb = launch(List.of());
        await("the examples", () -> showing("#welcome-example-python-guide-Dockerfile"));
        javafx.stage.Stage stage = onFx(() -> (javafx.stage.Stage) wb.window().root().getScene().getWindow());
        robot.interact(() -> { stage.setWidth(720); stage.setHeight(480); }); // the window's minimum size
        await("one above the other", () -> cardBounds("Open an example").getMinY() >= cardBounds("Start").getMaxY());
        assertNothingCut("the minimum size");

        // just wide enough for two columns, and a wide window (within the headless screen, 1280x800)
        for (double width : new double[] {io.dockwright.ui.welcome.WelcomeView.TWO_COLUMNS + 1, 1200}) {
            robot.interact(() -> { stage.setWidth(width); stage.setHeight(780); });
            await("side by side at " + width, () -> Math.abs(cardBounds("Start").getMinY() - cardBounds("Open an example").getMinY()) < 0.5);
            assertNothingCut(width + " px");
        }
    }

    /** Nothing on the page ends in an ellipsis once laid out (the engine card's labels change as the check answers). */
    private void assertNothingCut(String where) throws Exception {
        FxWait.awaitNone("text squeezed at " + where, this::cut);
    }

    /** The texts shown on the welcome page (in no hidden part of it) that end in an ellipsis. */
    private List<String> cut() {
        return onFx(() -> {
            List<String> cut = new java.util.ArrayList<>();
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(q.<Node>one("#welcome-view")));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!n.isVisible()) continue;
                if (n instanceof javafx.scene.control.Labeled l && FxQuery.truncated(l)) cut.add(l.getText());
                if (n instanceof javafx.scene.Parent p) todo.addAll(p.getChildrenUnmodifiable());
            }
            return cut;
        });
    }

    private javafx.scene.control.Label cardTitle(String title) {
        return q.one(".welcome-card-title", javafx.scene.control.Label.class, l -> l.getText().equals(title));
    }

    private javafx.geometry.Bounds cardBounds(String title) {
        return onFx(() -> {
            Node card = cardTitle(title).getParent();
            return card.localToScene(card.getBoundsInLocal());
        });
    }

    @Test
    void theWelcomePageStylesWithoutCssWarningsInBothThemes() throws Exception {
        io.dockwright.ui.CssWarnings warnings = new io.dockwright.ui.CssWarnings().attach();
        try {
            Files.writeString(home.resolve("preferences.json"), "{\"engineEndpoint\": \"unix:///no/such/docker.sock\"}");
            Workbench wb = launch(List.of());
            await("the engine help", () -> showing("#welcome-engine-help"));
            for (boolean dark : new boolean[] {true, false}) {
                robot.interact(() -> wb.theme().darkProperty().set(dark));
                robot.interact(() -> wb.window().root().applyCss());
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), warnings.list(), "CSS warnings on the welcome page, dark=" + dark);
            }
        } finally {
            warnings.detach();
        }
    }

    @Test
    void aCorruptPreferencesFileIsReportedAndReplacedByDefaults() throws Exception {
        Path prefs = home.resolve("preferences.json");
        Files.writeString(prefs, "{\"theme\": \"dark\", \"buildNetwork\": ");
        Workbench wb = launch(List.of());
        await("the notice", () -> showing("#welcome-notice"));
        String notice = q.text("#welcome-notice");
        assertTrue(notice.contains(prefs.toString()) && notice.contains("not valid JSON"), notice);
        assertEquals(PreferenceValues.defaults(), onFx(() -> wb.preferences().get()));
        assertFalse(onFx(() -> wb.theme().darkProperty().get()));
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("preferences.json.corrupt-")), "backup kept");
        }
        q.click("#welcome-notice-dismiss");
        await("notice dismissed", () -> !showing("#welcome-notice"));
    }

    @Test
    void preferencesFromTheMenuValidateAndFeedTheBuildPanel() throws Exception {
        Path file = home.resolve("Dockerfile");
        Files.writeString(file, "FROM alpine\n");
        Workbench wb = launch(List.of(file.toString()));
        await("file open", () -> onFx(wb.editor()::text).equals("FROM alpine\n"));
        assertFalse(showing("#welcome-view"), "a file given at start skips the welcome page");
        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        await("the dialog", () -> showing("#preferences-dialog"));
        q.click("#pref-endpoint-custom");
        TextField endpoint = q.<TextField>one("#pref-endpoint");
        robot.interact(() -> endpoint.setText("tcp://build-box"));
        Button ok = q.<Button>one("#preferences-ok");
        assertTrue(ok.isDisabled(), "a bad endpoint cannot be applied");
        assertTrue(q.text("#preferences-problems").contains("the port is missing"));
        robot.interact(() -> endpoint.setText("tcp://127.0.0.1:1"));
        q.click("#pref-theme-dark");
        q.click("#pref-parallel");
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        await("dialog closed", () -> !showing("#preferences-dialog"));
        assertEquals("tcp://127.0.0.1:1", onFx(() -> wb.buildViewModel().engine().endpointProperty().get()));
        assertTrue(onFx(() -> wb.buildViewModel().parallelProperty().get()));
        assertTrue(onFx(() -> wb.theme().darkProperty().get()));
        assertTrue(onFx(() -> wb.window().root().getStyleClass().contains("dark")));
        await("saved", () -> {
            try {
                return Files.readString(home.resolve("preferences.json")).contains("tcp://127.0.0.1:1");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertFalse(showing("#info-bar"), "no preferences problem, no notice");
    }
}

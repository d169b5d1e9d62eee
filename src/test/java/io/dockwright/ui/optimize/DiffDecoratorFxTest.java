package io.dockwright.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.app.ThemeManager;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.CssWarnings;
import io.dockwright.ui.editor.DockerfileAnalyzer;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The generated row paddings are a scene stylesheet. A diff decorated before its editor is in the window (the
 * Optimize page's diff joins the scene through SplitPane skins, made while the scene is styled) must reach the scene
 * without spoiling the theme's looked-up colours for the nodes styled in the same pass.
 */
@ExtendWith(ApplicationExtension.class)
class DiffDecoratorFxTest {
    private static final String ORIGINAL = "FROM python:3.12\nRUN pip install flask\nCOPY . /app\nCMD [\"python\", \"app.py\"]\n";
    private static final String OPTIMIZED = "FROM python:3.12 AS build\nRUN pip install flask\nFROM python:3.12-slim\n"
            + "COPY --from=build /usr/local /usr/local\nCOPY . /app\nCMD [\"python\", \"app.py\"]\n";
    private final CssWarnings warnings = new CssWarnings();
    private Scene scene;

    @Start
    void start(Stage stage) {
        warnings.attach();
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        scene = new Scene(new VBox(new Label("top")), 800, 500);
        new ThemeManager(true).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removeHandler() {
        warnings.detach();
    }

    @Test
    void aDiffDecoratedOffSceneJoinsTheSceneWithoutCssWarnings(FxRobot robot) throws Exception {
        EditorView editor = new EditorView(new EditorViewModel(new SynchronousExecutor(), new DockerfileAnalyzer()));
        robot.interact(() -> {
            editor.load(ORIGINAL);
            new DiffDecorator(editor.area()).apply(DiffRows.of(ORIGINAL, OPTIMIZED).left(), 0); // fillers: a padding sheet exists before any scene
        });
        VBox after = new VBox();
        for (int i = 0; i < 12; i++) after.getChildren().addAll(new Label("label " + i), new Button("button " + i));
        // not skinned yet: the editor enters the scene while the next CSS pass makes the SplitPanes' skins
        robot.interact(() -> ((VBox) scene.getRoot()).getChildren().add(new SplitPane(new VBox(editor.node()),
                new SplitPane(after, new ListView<>(javafx.collections.FXCollections.observableArrayList("a", "b"))))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), warnings.list(), "CSS warnings while the decorated editor joined the scene");
        assertTrue(sheets().stream().anyMatch(s -> s.startsWith("data:text/css")),
                "the row paddings are on the scene: " + sheets());
        robot.interact(() -> ((VBox) scene.getRoot()).getChildren().remove(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sheets().stream().noneMatch(s -> s.startsWith("data:text/css")),
                "the row paddings leave with the editor: " + sheets());
    }

    private List<String> sheets() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(scene.getStylesheets())).get();
    }
}

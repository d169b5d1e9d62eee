package io.dockwright.ui.graph;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.SynchronousExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * Manual check of the graph view beside a plain text area (no app shell):
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.dockwright.ui.graph.GraphDemo -Dexec.args="FILE [--dark]"}.
 */
public final class GraphDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path file = Path.of(args.stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse("assets/examples/python-guide/Dockerfile.multistage"));
        BackgroundExecutor executor = new SynchronousExecutor();
        GraphViewModel vm = new GraphViewModel(executor, new StageGraphLayouter(), new io.dockwright.ui.BuildOptions());
        TextArea editor = new TextArea(Files.readString(file));
        editor.setStyle("-fx-font-family: monospace;");
        editor.textProperty().addListener((o, old, now) -> GraphInputs.feed(vm, now));
        editor.caretPositionProperty().addListener((o, old, now) -> vm.caretMoved(now.intValue()));
        vm.onSelectionRequest(span -> editor.selectRange(span.start(), span.end()));
        vm.onEditRequest(edit -> {
            var merged = edit.merged(editor.getText());
            editor.replaceText(merged.start(), merged.end(), merged.replacement());
        });
        GraphInputs.feed(vm, editor.getText());
        SplitPane split = new SplitPane(editor, new GraphView(vm, executor));
        split.setDividerPositions(0.45);
        Scene scene = new Scene(split, 1400, 860);
        boolean dark = args.contains("--dark");
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        if (dark) scene.getRoot().getStyleClass().add("dark");
        stage.setTitle("Dockwright graph: " + file.getFileName());
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}

package io.dockwright.ui.build;

import io.dockwright.engine.builds.BuildState;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One variant's column: title, status, elapsed time, progress bar and its log (a virtualized list). */
final class VariantPane {
    private final VBox root;
    private final ListView<String> log = new ListView<>();

    VariantPane(VariantViewModel vm, String title) {
        Label name = new Label(title);
        name.getStyleClass().add("variant-title");
        Label status = new Label();
        status.setId(vm.label() + "-status");
        status.getStyleClass().add("variant-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Label elapsed = new Label();
        elapsed.setId(vm.label() + "-elapsed");
        elapsed.getStyleClass().add("variant-elapsed");
        elapsed.textProperty().bind(vm.elapsedProperty());
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, name, status, gap, elapsed);
        header.setAlignment(Pos.BASELINE_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId(vm.label() + "-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        vm.stateProperty().addListener((o, was, s) -> {
            bar.getStyleClass().removeAll("failed", "succeeded");
            if (s == BuildState.FAILED || s == BuildState.CANCELLED) bar.getStyleClass().add("failed");
            if (s == BuildState.SUCCEEDED) bar.getStyleClass().add("succeeded");
        });
        log.setId(vm.label() + "-log");
        log.getStyleClass().add("build-log");
        log.setItems(vm.log());
        log.setCellFactory(v -> new LogCell());
        log.setFixedCellSize(18);
        log.setPlaceholder(new Label("No build output yet"));
        vm.log().addListener((ListChangeListener<String>) c -> {
            if (!vm.log().isEmpty()) log.scrollTo(vm.log().size() - 1);
        });
        VBox.setVgrow(log, Priority.ALWAYS);
        root = new VBox(4, header, bar, log);
        root.getStyleClass().add("variant-pane");
    }

    Node node() {
        return root;
    }

    /** Colours step headers and errors; everything else plain monospace. */
    private static final class LogCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("log-step", "log-error");
            setText(empty ? null : line);
            if (empty || line == null) return;
            if (line.startsWith("ERROR") || line.contains("returned a non-zero code") || line.startsWith("failed")) {
                getStyleClass().add("log-error");
            } else if (line.startsWith("Step ") || line.startsWith("#") && line.contains("[")) {
                getStyleClass().add("log-step");
            }
        }
    }
}

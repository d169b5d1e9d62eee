package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Severity;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The Problems list: one row per diagnostic; a click (or Enter) moves the editor's caret to it. */
public final class ProblemsView {
    private final ListView<Problem> list = new ListView<>();

    public ProblemsView(EditorViewModel vm, EditorView editor) {
        list.setId("problems");
        list.getStyleClass().add("problems-list");
        list.setItems(vm.problems());
        Label none = new Label("No problems in this Dockerfile");
        none.getStyleClass().add("placeholder-hint");
        list.setPlaceholder(none);
        // The click is handled by the row that was clicked, not through the list's selection: a click on
        // the empty space below the rows, or on a row whose selection did not change, must not go to a
        // previously selected problem (or to none).
        list.setCellFactory(v -> {
            ProblemCell cell = new ProblemCell();
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty() && cell.getItem() != null) {
                    editor.moveCaret(cell.getItem().start());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.ENTER) editor.moveCaret(p.start());
        });
    }

    public Node node() { return list; }

    private static final class ProblemCell extends ListCell<Problem> {
        private final FontIcon icon = new FontIcon();
        private final Label message = new Label();
        private final Label where = new Label();
        private final Region gap = new Region();
        private final HBox box = new HBox(8, icon, message, gap, where);

        ProblemCell() {
            where.getStyleClass().add("problem-location");
            message.getStyleClass().add("problem-message");
            HBox.setHgrow(gap, Priority.ALWAYS);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // never wider than the list: long messages end in an ellipsis, the location stays visible
            setPrefWidth(0);
            message.setMinWidth(0);
            where.setMinWidth(Region.USE_PREF_SIZE);
            icon.setIconSize(16);
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(p.severity() == Severity.ERROR ? MaterialDesignA.ALERT_CIRCLE
                    : p.severity() == Severity.WARNING ? MaterialDesignA.ALERT : MaterialDesignI.INFORMATION);
            icon.getStyleClass().setAll("problem-icon", TokenStyles.of(p.severity()));
            message.setText(p.message());
            where.setText(p.location() + "  " + p.code());
            setGraphic(box);
        }
    }
}

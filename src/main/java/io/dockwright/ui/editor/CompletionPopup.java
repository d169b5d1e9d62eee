package io.dockwright.ui.editor;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/** The completion list under the caret: Up/Down to choose, Enter or Tab to insert, Esc to close. */
final class CompletionPopup {
    private static final double ROW = 30;
    private final CodeArea area;
    private final EditorViewModel vm;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();

    CompletionPopup(CodeArea area, EditorViewModel vm) {
        this.area = area;
        this.vm = vm;
        list.setId("completion-list");
        list.getStyleClass().add("completion-list");
        list.setPrefWidth(460);
        list.setFixedCellSize(ROW);
        list.setCellFactory(v -> new CompletionCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) accept();
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                accept();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        area.caretPositionProperty().addListener((o, a, b) -> {
            if (popup.isShowing()) refresh(false);
        });
    }

    /** Opens (or refreshes) the list; {@code explicit} shows it even for an empty prefix. */
    void show(boolean explicit) {
        javafx.application.Platform.runLater(() -> refresh(explicit));
    }

    private void refresh(boolean explicit) {
        List<Completion> items = vm.completions(area.getText(), area.getCaretPosition());
        boolean exact = items.size() == 1 && items.get(0).insert().strip().equals(currentWord(items.get(0)));
        int caret = area.getCaretPosition();
        boolean afterEquals = caret > 0 && area.getText(caret - 1, caret).equals("=");
        if (items.isEmpty() || exact || (!explicit && !popup.isShowing() && !afterEquals && currentWord(items.get(0)).isEmpty())) {
            popup.hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(items.size(), 8) * ROW + 4);
        if (!popup.isShowing()) {
            Bounds caretBox = area.getCaretBounds().orElse(null);
            if (caretBox == null) return;
            popup.show(area, caretBox.getMinX(), caretBox.getMaxY() + 2);
        }
    }

    private String currentWord(Completion c) {
        return area.getText(c.replaceFrom(), area.getCaretPosition());
    }

    private void onKey(KeyEvent e) {
        if (!popup.isShowing()) return;
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            popup.hide();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            accept();
        } else if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            list.getSelectionModel().select(Math.max(0, Math.min(i, list.getItems().size() - 1)));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else {
            return;
        }
        e.consume();
    }

    private void accept() {
        Completion c = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (c == null) return;
        area.replaceText(c.replaceFrom(), area.getCaretPosition(), c.insert());
    }

    boolean isShowing() { return popup.isShowing(); }

    private static final class CompletionCell extends ListCell<Completion> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final Region gap = new Region();
        private final HBox box = new HBox(12, label, gap, detail);

        CompletionCell() {
            label.getStyleClass().add("completion-label");
            detail.getStyleClass().add("completion-detail");
            HBox.setHgrow(gap, Priority.ALWAYS);
            detail.setMaxWidth(300);
        }

        @Override
        protected void updateItem(Completion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item.label());
            detail.setText(item.detail());
            setGraphic(box);
        }
    }
}

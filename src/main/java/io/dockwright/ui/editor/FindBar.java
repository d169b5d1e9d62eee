package io.dockwright.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** The find/replace bar above the editor (Ctrl+F, Ctrl+H; Enter: next, Shift+Enter: previous, Esc: close). */
final class FindBar {
    private final CodeArea area;
    private final FindModel model;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox box;

    FindBar(CodeArea area, FindModel model) {
        this.area = area;
        this.model = model;
        find.setId("find-field");
        find.setPromptText("Find");
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        count.getStyleClass().add("find-count");
        Button next = button("Next", this::next);
        Button previous = button("Previous", this::previous);
        Button close = button("✕", this::hide);
        close.getStyleClass().add("flat");
        HBox findRow = row(find, next, previous, matchCase, count, spacer(), close);
        replaceRow = row(replace, button("Replace", this::replaceOne), button("Replace all", this::replaceAll));
        box = new VBox(4, findRow, replaceRow);
        box.getStyleClass().add("find-bar");
        box.setPadding(new Insets(6, 8, 6, 8));
        find.textProperty().addListener((o, a, b) -> {
            updateCount();
            if (!b.isEmpty() && box.isVisible()) { // search as you type, from where the selection starts
                select(model.next(area.getText(), b, area.getSelection().getStart(), matchCase.isSelected()));
            }
        });
        matchCase.selectedProperty().addListener((o, a, b) -> updateCount());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) previous(); else next();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) replaceOne();
            else if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        setVisible(false, false);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    Node node() { return box; }

    void show(boolean withReplace) {
        setVisible(true, withReplace);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && !sel.contains("\n")) find.setText(sel);
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false, false);
        area.requestFocus();
    }

    private void setVisible(boolean visible, boolean withReplace) {
        box.setVisible(visible);
        box.setManaged(visible);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    private void next() {
        select(model.next(area.getText(), find.getText(), area.getSelection().getEnd(), matchCase.isSelected()));
    }

    private void previous() {
        select(model.previous(area.getText(), find.getText(), area.getSelection().getStart(), matchCase.isSelected()));
    }

    private void select(FindModel.Match m) {
        if (!m.found()) {
            count.setText("No results");
            return;
        }
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
    }

    private void replaceOne() {
        String sel = area.getSelectedText();
        boolean matches = matchCase.isSelected() ? sel.equals(find.getText()) : sel.equalsIgnoreCase(find.getText());
        if (!sel.isEmpty() && matches) area.replaceSelection(replace.getText());
        next();
        updateCount();
    }

    private void replaceAll() {
        String text = area.getText();
        int n = model.count(text, find.getText(), matchCase.isSelected());
        if (n == 0) return;
        area.replaceText(0, text.length(), model.replaceAll(text, find.getText(), replace.getText(), matchCase.isSelected()));
        count.setText(n + " replaced");
    }

    private void updateCount() {
        int n = model.count(area.getText(), find.getText(), matchCase.isSelected());
        count.setText(find.getText().isEmpty() ? "" : n == 0 ? "No results" : n + (n == 1 ? " match" : " matches"));
    }
}

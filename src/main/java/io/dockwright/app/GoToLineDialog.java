package io.dockwright.app;

import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/** Edit > Go to Line: asks for {@code line[:column]} and moves the editor's caret there. */
final class GoToLineDialog {
    private final Stage owner;
    private final EditorView editor;
    private final DocumentViewModel doc;

    GoToLineDialog(Stage owner, EditorView editor, DocumentViewModel doc) {
        this.owner = owner;
        this.editor = editor;
        this.doc = doc;
    }

    void open() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Go to Line");
        dialog.setHeaderText("Go to line (1 – " + editor.lineCount() + "), optionally line:column");
        dialog.getEditor().setPromptText("line[:column]");
        dialog.showAndWait().ifPresent(answer -> {
            String[] parts = answer.strip().split("[:,\\s]+");
            try {
                editor.goToLine(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
            } catch (NumberFormatException ex) {
                doc.messageProperty().set("Not a line number: " + answer);
            }
        });
    }
}

package io.dockwright.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Export dialog: the file to write (proposed {@code Dockerfile.multistage} beside the original, or chosen with a
 * save dialog), the option to also write the proposed {@code .dockerignore} (shown only when there is one), Export,
 * Copy to clipboard and Cancel. Asks before replacing existing files; errors stay in the dialog as one line.
 */
public final class ExportView {
    private static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType COPY = new ButtonType("Copy to Clipboard", ButtonBar.ButtonData.LEFT);
    private final ExportViewModel vm;
    private final Window owner;

    public ExportView(ExportViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** Opens the dialog (not blocking); {@link ExportViewModel#prepare} must have been called. */
    public Dialog<ButtonType> show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export Optimized Dockerfile");
        dialog.setHeaderText("Write the optimized Dockerfile beside the original");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, COPY, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().setContent(form(dialog));
        wireExport(dialog);
        wireCopy(dialog);
        dialog.show();
        return dialog;
    }

    /** The target path with Browse, the .dockerignore option and its preview, and the message line. */
    private GridPane form(Dialog<ButtonType> dialog) {
        TextField path = new TextField();
        path.setId("export-path");
        path.textProperty().bindBidirectional(vm.targetProperty());
        path.setPrefColumnCount(44);
        Button browse = new Button("Browse…");
        browse.setId("export-browse");
        browse.setOnAction(e -> browse(dialog));
        CheckBox ignore = new CheckBox("Also write the proposed .dockerignore into the same folder");
        ignore.setId("export-dockerignore");
        ignore.selectedProperty().bindBidirectional(vm.writeIgnoreProperty());
        TextArea preview = ignorePreview(ignore);
        for (var n : List.of(ignore, preview)) {
            n.visibleProperty().bind(vm.ignoreAvailableProperty());
            n.managedProperty().bind(vm.ignoreAvailableProperty());
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 12, 4, 12));
        grid.addRow(0, new Label("Save as"), path, browse);
        grid.add(ignore, 1, 1, 2, 1);
        grid.add(preview, 1, 2, 2, 1);
        grid.add(messageLine(), 0, 3, 3, 1);
        GridPane.setHgrow(path, Priority.ALWAYS);
        return grid;
    }

    private TextArea ignorePreview(CheckBox ignore) {
        TextArea preview = new TextArea(vm.dockerignore() == null ? "" : vm.dockerignore());
        preview.setEditable(false);
        preview.setPrefRowCount(6);
        preview.getStyleClass().add("export-preview");
        preview.disableProperty().bind(ignore.selectedProperty().not());
        return preview;
    }

    private Label messageLine() {
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, was, failed) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        message.getStyleClass().add("export-message");
        return message;
    }

    /** Export writes (after asking before a replace) and closes the dialog only when the write succeeded. */
    private void wireExport(Dialog<ButtonType> dialog) {
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.setId("export-ok");
        export.disableProperty().bind(vm.busyProperty());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (confirmOverwrite(vm.wouldOverwrite())) vm.export(dialog::close);
        });
    }

    private void wireCopy(Dialog<ButtonType> dialog) {
        Button copy = (Button) dialog.getDialogPane().lookupButton(COPY);
        copy.setId("export-copy");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            copy(vm.text());
            vm.copied();
        });
    }

    /** Puts {@code text} on the system clipboard. */
    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void browse(Dialog<ButtonType> dialog) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export optimized Dockerfile");
        Path current = Path.of(vm.targetProperty().get()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) chooser.setInitialDirectory(current.getParent().toFile());
        chooser.setInitialFileName(current.getFileName() == null ? ExportViewModel.DEFAULT_NAME : current.getFileName().toString());
        File f = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) vm.targetProperty().set(f.getPath());
    }

    private boolean confirmOverwrite(List<Path> existing) {
        if (existing.isEmpty()) return vm.targetPath() != null;
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Replace existing files?");
        alert.setHeaderText(existing.size() == 1 ? existing.get(0).getFileName() + " already exists. Replace it?"
                : "These files already exist. Replace them?");
        alert.setContentText(existing.stream().map(Path::toString).collect(Collectors.joining("\n")));
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }
}

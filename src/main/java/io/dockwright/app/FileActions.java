package io.dockwright.app;

import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File menu flows: new, open, recent, examples, save, save as, close. Anything that would replace an
 * unsaved buffer asks first (Save / Don't Save / Cancel).
 */
public final class FileActions {
    private static final Logger LOG = LoggerFactory.getLogger(FileActions.class);
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private final Stage stage;
    private final DocumentViewModel doc;
    private final EditorView editor;
    private final ExampleCatalog examples;

    public FileActions(Stage stage, DocumentViewModel doc, EditorView editor, ExampleCatalog examples) {
        this.stage = stage;
        this.doc = doc;
        this.editor = editor;
        this.examples = examples;
    }

    public void newFile() {
        whenSafe(doc::newDocument);
    }

    public void open() {
        whenSafe(() -> {
            FileChooser chooser = chooser("Open Dockerfile");
            File f = chooser.showOpenDialog(stage);
            if (f != null) doc.open(f.toPath(), () -> { });
        });
    }

    public void open(Path file) {
        whenSafe(() -> openNow(file));
    }

    private void openNow(Path file) {
        if (!Files.isRegularFile(file)) {
            doc.messageProperty().set("Not a file: " + file);
            doc.forgetRecent(file);
            return;
        }
        doc.open(file, () -> { });
    }

    public void openExample(ExampleCatalog.Example example, String dockerfile) {
        whenSafe(() -> {
            try {
                Path dir = examples.extract(example);
                openNow(dir.resolve(dockerfile));
            } catch (IOException e) {
                LOG.warn("Could not open example {}", example.name(), e);
                doc.messageProperty().set("Could not open example " + example.name() + ": " + e.getMessage());
            }
        });
    }

    public void save(Runnable then) {
        if (!doc.save(editor.text(), then)) saveAs(then);
    }

    public void saveAs(Runnable then) {
        FileChooser chooser = chooser("Save Dockerfile as");
        Path current = doc.pathProperty().get();
        chooser.setInitialFileName(current == null ? "Dockerfile" : current.getFileName().toString());
        File f = chooser.showSaveDialog(stage);
        if (f != null) doc.saveAs(f.toPath(), editor.text(), then);
    }

    public void close() {
        whenSafe(doc::newDocument);
    }

    /** Closes the window, asking about unsaved changes first. */
    public void exit() {
        whenSafe(stage::close);
    }

    /** Runs {@code next} once unsaved changes are saved or knowingly discarded; not at all on Cancel. */
    public void whenSafe(Runnable next) {
        if (!doc.isDirty()) {
            next.run();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + doc.displayName() + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return;
        if (answer.get() == SAVE) {
            save(next);
        } else {
            doc.dirtyProperty().set(false);
            next.run();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Dockerfiles", "Dockerfile*", "*.dockerfile", "*.Dockerfile", "Containerfile*"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = doc.pathProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }
}

package io.dockwright.ui.log;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The log window: the file's end, read-only, scrolled to the newest line; Refresh, Copy Path, and (when the desktop
 * can open files) Open in the desktop's viewer, which hands the file's URI to the desktop, never to a shell.
 */
public final class LogView {
    private final LogViewModel vm;
    private final Consumer<String> desktop;

    /** {@code desktop} opens a URI with the desktop's default application, or is null where there is none. */
    public LogView(LogViewModel vm, Consumer<String> desktop) {
        this.vm = vm;
        this.desktop = desktop;
    }

    public Stage show(Window owner, Consumer<Scene> styling) {
        TextArea text = new TextArea();
        text.setId("log-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add("log-text");
        vm.textProperty().addListener((o, was, is) -> {
            text.setText(is);
            text.positionCaret(is.length());
            text.setScrollTop(Double.MAX_VALUE);
        });
        Label status = new Label();
        status.setId("log-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("log-refresh");
        refresh.disableProperty().bind(vm.loadingProperty());
        refresh.setOnAction(e -> vm.refresh());
        Button copy = new Button("Copy Path");
        copy.setId("log-copy-path");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.file().toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button open = new Button("Open in Default App");
        open.setId("log-open");
        open.setVisible(desktop != null);
        open.setManaged(desktop != null);
        open.setOnAction(e -> desktop.accept(vm.file().toUri().toString()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId("log-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, refresh, copy, open, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(text, status, null, buttons, null);
        BorderPane.setMargin(status, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.setId("log-window");
        Scene scene = new Scene(root, 960, 600);
        styling.accept(scene);
        stage.setScene(scene);
        stage.setTitle("Dockwright Log");
        stage.initOwner(owner);
        stage.show();
        vm.refresh();
        return stage;
    }
}

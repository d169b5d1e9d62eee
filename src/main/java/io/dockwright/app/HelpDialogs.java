package io.dockwright.app;

import io.dockwright.cli.VersionProvider;
import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.logging.Logging;
import io.dockwright.ui.log.LogView;
import io.dockwright.ui.log.LogViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Help > Keyboard Shortcuts (read from the menus themselves), Help > Show Log and Help > About. */
final class HelpDialogs {
    private static final String[][] EDITOR_ONLY = {
        {"Ctrl+Space", "Complete keyword, flag or stage name"},
        {"Enter / Shift+Enter", "Next / previous match (in the find bar)"},
        {"Esc", "Close the find bar or the completion list"},
        {"Ctrl+Y", "Redo"},
    };
    private final Stage owner;
    private final AppIcons icons;
    private final BackgroundExecutor executor;
    private final Path log;
    private final ThemeManager theme;
    private Consumer<String> desktop;
    private Stage logWindow;

    /** {@code log}: the log file (where the started log writes, else where it would be). */
    HelpDialogs(Stage owner, AppIcons icons, BackgroundExecutor executor, Path log, ThemeManager theme) {
        this.owner = owner;
        this.icons = icons;
        this.executor = executor;
        this.log = log;
        this.theme = theme;
    }

    /** How to open a file with the desktop's default application (null: no such button). */
    void useDesktop(Consumer<String> opener) {
        this.desktop = opener;
    }

    /** Help > Show Log: the log's end in a window of its own (one at a time; a second click brings it forward). */
    void showLog() {
        if (logWindow != null && logWindow.isShowing()) {
            logWindow.toFront();
            return;
        }
        logWindow = new LogView(new LogViewModel(executor, log), desktop).show(owner, scene -> {
            scene.getStylesheets().add(Objects.requireNonNull(HelpDialogs.class.getResource(ThemeManager.STYLESHEET)).toExternalForm());
            if (theme.darkProperty().get()) scene.getRoot().getStyleClass().add("dark");
        });
    }

    void showShortcuts(List<Menu> menus) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() == null) continue;
                addRow(grid, row++, item.getAccelerator().getDisplayText(), menu.getText().replace("_", "") + " › " + item.getText());
            }
        }
        for (String[] s : EDITOR_ONLY) addRow(grid, row++, s[0], s[1]);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = dialog("Keyboard Shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.showAndWait();
    }

    private static void addRow(GridPane grid, int row, String keys, String what) {
        Label k = new Label(keys);
        k.getStyleClass().add("shortcut-key");
        grid.addRow(row, k, new Label(what));
    }

    void showAbout() {
        Alert alert = dialog("About Dockwright");
        alert.setHeaderText("Dockwright " + version());
        alert.setGraphic(icons.logo(64));
        alert.setContentText("A workbench for Dockerfiles: a live editor and stage graph, an optimizer that rewrites "
                + "single-stage builds into lean multi-stage ones, and real builds that prove the gain.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + "\n\nLog: " + logDescription() + " (Help > Show Log)");
        alert.showAndWait();
    }

    private Alert dialog(String title) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setGraphic(null);
        return alert;
    }

    static String version() {
        return VersionProvider.version();
    }

    /** The log's path, or why it is not written. */
    private String logDescription() {
        Logging.Status status = Logging.status();
        return status.file() != null || status.problem().equals(Logging.NOT_STARTED) ? log.toString() : status.describe();
    }
}

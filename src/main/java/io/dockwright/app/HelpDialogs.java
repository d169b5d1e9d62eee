package io.dockwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Help > Keyboard Shortcuts (read from the menus themselves) and Help > About. */
final class HelpDialogs {
    private static final String[][] EDITOR_ONLY = {
        {"Ctrl+Space", "Complete keyword, flag or stage name"},
        {"Enter / Shift+Enter", "Next / previous match (in the find bar)"},
        {"Esc", "Close the find bar or the completion list"},
        {"Ctrl+Y", "Redo"},
    };
    private final Stage owner;
    private final AppIcons icons;

    HelpDialogs(Stage owner, AppIcons icons) {
        this.owner = owner;
        this.icons = icons;
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
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
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
        Properties props = new Properties();
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/io/dockwright/version.properties")) {
            if (in != null) props.load(in);
        } catch (IOException e) {
            return "dev";
        }
        return props.getProperty("version", "dev");
    }
}

package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Failures;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;

/** The menu bar. Accelerators live here only; Help > Keyboard Shortcuts lists them from these menus. */
final class WorkbenchMenus {
    private final MenuBar bar = new MenuBar();

    WorkbenchMenus(BackgroundExecutor executor, FileActions files, DocumentViewModel doc, EditorView editor,
                   ExampleCatalog examples, ThemeManager theme, ZoomControl zoom, HelpDialogs help, Runnable goToLine,
                   Runnable preferences) {
        CodeArea area = editor.area();
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        doc.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, doc, files));
        fillRecent(recent, doc, files);
        Menu example = new Menu("Open Example");
        example.setId("menu-examples");
        // listing the examples reads the jar's directory: in the background, the submenu fills when it is done
        executor.submit(examples::list, list -> fillExamples(example, list, files), e -> {
            Failures.log("Listing the example projects").accept(e);
            fillExamples(example, List.of(), files);
        });

        Menu file = new Menu("_File", null,
                item("New", "Shortcut+N", files::newFile),
                item("Open…", "Shortcut+O", files::open),
                recent, example, new SeparatorMenuItem(),
                item("Save", "Shortcut+S", () -> files.save(() -> { })),
                item("Save As…", "Shortcut+Shift+S", () -> files.saveAs(() -> { })),
                item("Close", "Shortcut+W", files::close),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", files::exit));
        Menu edit = new Menu("_Edit", null,
                item("Undo", "Shortcut+Z", area::undo),
                item("Redo", "Shortcut+Shift+Z", area::redo),
                new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", area::cut),
                item("Copy", "Shortcut+C", area::copy),
                item("Paste", "Shortcut+V", area::paste),
                item("Select All", "Shortcut+A", area::selectAll),
                new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", () -> editor.showFind(false)),
                item("Replace…", "Shortcut+H", () -> editor.showFind(true)),
                item("Go to Line…", "Shortcut+G", goToLine),
                item("Complete", "Shortcut+Space", editor::showCompletion),
                new SeparatorMenuItem(),
                item("Preferences…", "Shortcut+COMMA", preferences));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Menu view = new Menu("_View", null, dark, new SeparatorMenuItem(),
                item("Fold Stage", "Shortcut+Shift+OPEN_BRACKET", editor::foldStageAtCaret),
                item("Unfold All", "Shortcut+Shift+CLOSE_BRACKET", editor::unfoldAll),
                new SeparatorMenuItem(),
                item("Zoom In", "Shortcut+EQUALS", zoom::in),
                item("Zoom Out", "Shortcut+MINUS", zoom::out),
                item("Actual Size", "Shortcut+0", zoom::reset));
        Menu helpMenu = new Menu("_Help", null,
                item("Keyboard Shortcuts", "F1", () -> help.showShortcuts(bar.getMenus())),
                item("Show Log", null, help::showLog),
                item("About Dockwright", null, help::showAbout));
        bar.getMenus().addAll(file, edit, view, helpMenu);
    }

    /**
     * Editing shortcuts also work inside the editor without the menu; these menu items run the same
     * commands, and the editor consumes its own key presses first, so nothing runs twice.
     */
    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + text.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void fillRecent(Menu menu, DocumentViewModel doc, FileActions files) {
        List<Path> paths = doc.recentSnapshot();
        menu.getItems().clear();
        for (Path p : paths) menu.getItems().add(item(p.toString(), null, () -> files.open(p)));
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            menu.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent", null, doc::clearRecent));
        }
    }

    private static void fillExamples(Menu menu, List<ExampleCatalog.Example> list, FileActions files) {
        for (ExampleCatalog.Example ex : list) {
            for (String df : ex.dockerfiles()) {
                menu.getItems().add(item(ex.name() + " / " + df, null, () -> files.openExample(ex, df)));
            }
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No examples found");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    MenuBar node() { return bar; }
}

package io.dockwright.app;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.ui.build.EngineViewModel;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.ExampleCatalog;
import io.dockwright.ui.prefs.Preferences;
import io.dockwright.ui.welcome.WelcomeView;
import io.dockwright.ui.welcome.WelcomeViewModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The welcome page in the window: shown instead of the editor when the app starts without a file, replaced by
 * the editor as soon as a document loads (or a crashed session's buffer is offered). Also where a preferences
 * load problem is reported: on the welcome page, or in the editor's info bar when a file was opened.
 */
final class WelcomeWiring {
    private final WelcomeViewModel vm;
    private final MainWindow window;
    private final Preferences prefs;
    private WelcomeView view;

    WelcomeWiring(BackgroundExecutor executor, MainWindow window, DocumentViewModel doc, FileActions files,
                  ExampleCatalog examples, EngineViewModel engine, EditorView editor, AppIcons icons, Preferences prefs,
                  Runnable openPreferences) {
        this.window = window;
        this.prefs = prefs;
        ClassLoader loader = WelcomeWiring.class.getClassLoader();
        this.vm = new WelcomeViewModel(executor, doc.recentFiles(), examples, () -> readme(loader), engine,
                new WelcomeViewModel.Actions() {
                    @Override public void open(Path file) { files.open(file); }
                    @Override public void openExample(ExampleCatalog.Example ex, String dockerfile) { files.openExample(ex, dockerfile); }
                    @Override public void newFile() { files.newFile(); }
                    @Override public void openChooser() { files.open(); }
                    @Override public void forgetRecent(Path file) { doc.forgetRecent(file); }
                    @Override public void preferences() { openPreferences.run(); }
                }, System.getProperty("os.name"));
        vm.shownProperty().addListener((o, was, shown) -> {
            if (shown) {
                if (view == null) view = new WelcomeView(vm, icons.logo(56)); // made when first shown
                window.showPage(view.node());
            } else {
                window.showWorkbench();
                editor.area().requestFocus();
            }
        });
        doc.recoveryOfferProperty().addListener((o, was, offer) -> {
            if (offer != null) vm.dismiss();
        });
    }

    private static String readme(ClassLoader loader) throws java.io.IOException {
        try (InputStream in = loader.getResourceAsStream("examples/README.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** At start: the welcome page when no file was given; then any preferences problem where the user sees it. */
    void start(boolean noFile) {
        if (noFile) vm.show();
        String problem = prefs.problemProperty().get();
        if (problem == null) return;
        if (noFile) vm.noticeProperty().set(problem);
        else window.showNotice(problem);
    }

    /** A document was loaded or created: the editor takes the page's place. */
    void documentReplaced() {
        vm.dismiss();
    }

    /** Help > Welcome: the welcome page over the open document (nothing closes; its Back button returns to it). */
    void addMenu(javafx.scene.control.MenuBar bar) {
        javafx.scene.control.Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        help.getItems().add(0, WorkbenchMenus.item("Welcome", null, this::showAgain));
    }

    void showAgain() {
        if (!vm.shownProperty().get()) vm.showOverDocument();
    }

    WelcomeViewModel viewModel() { return vm; }
}

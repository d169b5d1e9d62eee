package io.dockwright.ui.welcome;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Failures;
import io.dockwright.ui.build.EngineViewModel;
import io.dockwright.ui.files.ExampleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The welcome view shown when the window starts without a file: recent files (missing ones marked and
 * removable), the example projects, New/Open, and the engine status with how to get one when none answers.
 * It does not open anything itself: {@link Actions} does, and the window hides the view once a document loads.
 */
public final class WelcomeViewModel {
    /** What the welcome view can ask the window to do. */
    public interface Actions {
        void open(Path file);

        void openExample(ExampleCatalog.Example example, String dockerfile);

        void newFile();

        void openChooser();

        void forgetRecent(Path file);

        void preferences();
    }

    /** A recent file and whether it still exists. */
    public record RecentEntry(Path path, boolean exists) {
        public String name() { return path.getFileName() == null ? path.toString() : path.getFileName().toString(); }

        public String folder() { return path.getParent() == null ? "" : path.getParent().toString(); }
    }

    /** An example project: its Dockerfiles and a one-line description (may be empty). */
    public record ExampleEntry(ExampleCatalog.Example example, String description) {
        public String name() { return example.name(); }

        public List<String> dockerfiles() { return example.dockerfiles(); }
    }

    private final BackgroundExecutor executor;
    private final ObservableList<Path> recentPaths;
    private final EngineViewModel engine;
    private final Actions actions;
    private final ObservableList<RecentEntry> recent = FXCollections.observableArrayList();
    private final ObservableList<ExampleEntry> examples = FXCollections.observableArrayList();
    private final List<EngineHelp.Option> engineHelp;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final BooleanProperty returnable = new SimpleBooleanProperty(this, "returnable");
    private final StringProperty notice = new SimpleStringProperty(this, "notice");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /**
     * {@code recentPaths} is the document's live recent list; {@code catalog} and {@code readme} (the examples'
     * README text) are read in the background; {@code osName} puts that system's engine instructions first.
     */
    public WelcomeViewModel(BackgroundExecutor executor, ObservableList<Path> recentPaths, ExampleCatalog catalog,
                            Callable<String> readme, EngineViewModel engine, Actions actions, String osName) {
        this.executor = executor;
        this.recentPaths = recentPaths;
        this.engine = engine;
        this.actions = actions;
        this.engineHelp = EngineHelp.forSystem(osName);
        recentPaths.addListener((ListChangeListener<Path>) c -> refreshRecent());
        refreshRecent();
        executor.submit(() -> {
            Map<String, String> notes = ExampleNotes.parse(readme.call());
            List<ExampleEntry> out = new ArrayList<>();
            for (ExampleCatalog.Example ex : catalog.list()) out.add(new ExampleEntry(ex, notes.getOrDefault(ex.name(), "")));
            return out;
        }, examples::setAll, e -> {
            Failures.log("Listing the examples for the welcome page").accept(e);
            message.set("Could not list the examples: " + e.getMessage());
        });
    }

    /** Re-checks which recent files still exist (in the background; the file system may be slow). */
    public void refreshRecent() {
        List<Path> paths = List.copyOf(recentPaths);
        executor.submit(() -> paths.stream().map(p -> new RecentEntry(p, Files.isRegularFile(p))).toList(),
                recent::setAll, e -> {
                    Failures.log("Checking which recent files still exist").accept(e);
                    recent.setAll(paths.stream().map(p -> new RecentEntry(p, true)).toList());
                });
    }

    /** Opens a recent file; a missing one is not opened, only explained (it can be removed from the list). */
    public void open(RecentEntry entry) {
        if (!entry.exists()) {
            message.set(entry.path() + " no longer exists. Remove it from the list, or open another file.");
            return;
        }
        message.set("");
        actions.open(entry.path());
    }

    public void remove(RecentEntry entry) {
        actions.forgetRecent(entry.path());
    }

    public void openExample(ExampleEntry entry, String dockerfile) {
        actions.openExample(entry.example(), dockerfile);
    }

    public void newFile() { actions.newFile(); }

    public void openOther() { actions.openChooser(); }

    public void preferences() { actions.preferences(); }

    public void checkEngine() { engine.check(); }

    /** Shows the view (at start without a file) and refreshes what may have changed since. */
    public void show() {
        refreshRecent();
        shown.set(true);
    }

    /** Shows the view again over an open document (Help > Welcome): the user can go back to it. */
    public void showOverDocument() {
        returnable.set(true);
        show();
    }

    /** Back to the open document (only when the view was shown over one). */
    public void back() {
        if (returnable.get()) dismiss();
    }

    /** Hides the view: a document was opened or created. */
    public void dismiss() {
        returnable.set(false);
        shown.set(false);
    }

    /** True when the view was shown over an open document it can go back to. */
    public BooleanProperty returnableProperty() { return returnable; }

    public ObservableList<RecentEntry> recent() { return recent; }

    public ObservableList<ExampleEntry> examples() { return examples; }

    public EngineViewModel engine() { return engine; }

    /** How to get an engine, the user's own system first. */
    public List<EngineHelp.Option> engineHelp() { return engineHelp; }

    public BooleanProperty shownProperty() { return shown; }

    /** A notice for the user (e.g. an unusable preferences file); null when there is none. */
    public StringProperty noticeProperty() { return notice; }

    public StringProperty messageProperty() { return message; }
}

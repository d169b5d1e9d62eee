package io.dockwright.ui.editor;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.Failures;
import io.dockwright.ui.files.FileStamp;
import io.dockwright.ui.files.LoadedText;
import io.dockwright.ui.files.RecentFiles;
import io.dockwright.ui.files.RecoveryStore;
import io.dockwright.ui.files.TextFiles;
import io.dockwright.ui.files.TextFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open document as a file: its path, on-disk format, dirty state, recent files, crash recovery and
 * changes made by other programs. The text itself lives in the editor; it reaches this model through
 * {@link #setTextSink} (loading) and as arguments (saving, autosave). File work runs on the executor.
 */
public final class DocumentViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);
    /** What another program did to the open file. */
    public enum DiskChange { NONE, MODIFIED, DELETED }

    private final BackgroundExecutor executor;
    private final RecentFiles recentFiles;
    private final RecoveryStore recovery;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>(this, "path");
    private final ObjectProperty<TextFormat> format = new SimpleObjectProperty<>(this, "format", TextFormat.DEFAULT);
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ReadOnlyObjectWrapper<DiskChange> diskChange = new ReadOnlyObjectWrapper<>(this, "diskChange", DiskChange.NONE);
    private final ReadOnlyObjectWrapper<RecoveryStore.Orphan> recoveryOffer = new ReadOnlyObjectWrapper<>(this, "recoveryOffer");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringBinding title;
    private final StringBinding fileStatus;
    private Consumer<String> textSink = t -> { };
    private FileStamp stamp = FileStamp.MISSING;
    private String lastAutosaved;

    public DocumentViewModel(BackgroundExecutor executor, RecentFiles recentFiles, RecoveryStore recovery) {
        this.executor = executor;
        this.recentFiles = recentFiles;
        this.recovery = recovery;
        title = Bindings.createStringBinding(() -> displayName() + (dirty.get() ? " •" : "") + " — Dockwright", path, dirty);
        fileStatus = Bindings.createStringBinding(() -> format.get().describe(), format);
        recent.setAll(recentFiles.list());
    }

    /** Where loaded text goes (the editor replaces its content with it). */
    public void setTextSink(Consumer<String> sink) { this.textSink = sink; }

    public String displayName() {
        return path.get() == null ? "Untitled" : path.get().getFileName().toString();
    }

    public void newDocument() {
        path.set(null);
        format.set(TextFormat.DEFAULT);
        stamp = FileStamp.MISSING;
        diskChange.set(DiskChange.NONE);
        textSink.accept("");
        dirty.set(false);
        clearRecovery();
    }

    /** Reads {@code file} in the background; on success its text replaces the editor's. */
    public void open(Path file, Runnable onOpened) {
        Path abs = file.toAbsolutePath().normalize();
        executor.submit(() -> TextFiles.read(abs), loaded -> {
            show(abs, loaded);
            remember(abs);
            message.set("Opened " + abs);
            onOpened.run();
        }, e -> message.set("Could not open " + abs + ": " + e.getMessage()));
    }

    private void show(Path file, LoadedText loaded) {
        path.set(file);
        format.set(loaded.format());
        stamp = loaded.stamp();
        diskChange.set(DiskChange.NONE);
        textSink.accept(loaded.text());
        dirty.set(false);
        clearRecovery();
    }

    /** Saves to the current path (false when untitled: ask for a path and call {@link #saveAs}). */
    public boolean save(String text, Runnable onSaved) {
        if (path.get() == null) return false;
        saveAs(path.get(), text, onSaved);
        return true;
    }

    public void saveAs(Path file, String text, Runnable onSaved) {
        Path abs = file.toAbsolutePath().normalize();
        TextFormat fmt = format.get();
        executor.submit(() -> TextFiles.write(abs, text, fmt), newStamp -> {
            stamp = newStamp;
            path.set(abs);
            diskChange.set(DiskChange.NONE);
            dirty.set(false);
            clearRecovery();
            remember(abs);
            message.set("Saved " + abs);
            onSaved.run();
        }, e -> message.set("Could not save " + abs + ": " + e.getMessage()));
    }

    /** Writes the buffer to this session's recovery file if it changed since the last autosave. */
    public void autosave(String text) {
        if (!dirty.get() || text.equals(lastAutosaved)) return;
        lastAutosaved = text;
        String p = path.get() == null ? null : path.get().toString();
        executor.submit(() -> {
            recovery.save(p, text);
            return null;
        }, ok -> { }, e -> message.set("Autosave failed: " + e.getMessage()));
    }

    private void clearRecovery() {
        lastAutosaved = null;
        executor.submit(() -> {
            recovery.clear();
            return null;
        }, ok -> { }, Failures.log("Clearing the recovery copy of the document"));
    }

    /** Looks for buffers left by a crashed session and offers the newest. */
    public void checkRecovery() {
        executor.submit(recovery::orphans, found -> recoveryOffer.set(found.isEmpty() ? null : found.get(0)),
                Failures.log("Looking for unsaved work of a crashed session"));
    }

    /** Puts the offered buffer into the editor, unsaved, and forgets the recovery file. */
    public void restoreRecovery() {
        RecoveryStore.Orphan o = recoveryOffer.get();
        if (o == null) return;
        recoveryOffer.set(null);
        Path p = o.snapshot().path() == null ? null : Path.of(o.snapshot().path());
        path.set(p);
        stamp = currentStamp(p);
        textSink.accept(o.snapshot().text());
        dirty.set(true);
        message.set("Restored unsaved changes" + (p == null ? "" : " to " + p.getFileName()));
        discardOrphan(o);
    }

    public void discardRecovery() {
        RecoveryStore.Orphan o = recoveryOffer.get();
        recoveryOffer.set(null);
        if (o != null) discardOrphan(o);
    }

    private void discardOrphan(RecoveryStore.Orphan o) {
        executor.submit(() -> {
            recovery.discard(o);
            return null;
        }, ok -> { }, Failures.log("Discarding the recovered buffer of " + o.snapshot().path()));
    }

    private static FileStamp currentStamp(Path p) {
        try {
            return p == null ? FileStamp.MISSING : FileStamp.of(p);
        } catch (java.io.IOException e) {
            LOG.debug("Cannot read the state of {}; taken as missing", p, e);
            return FileStamp.MISSING;
        }
    }

    /** Compares the file on disk with what we last read or wrote (in the background). */
    public void checkDisk() {
        Path p = path.get();
        if (p == null || diskChange.get() != DiskChange.NONE) return;
        FileStamp known = stamp;
        executor.submit(() -> FileStamp.of(p), now -> {
            if (!p.equals(path.get()) || known != stamp || now.equals(known)) return;
            diskChange.set(now.equals(FileStamp.MISSING) ? DiskChange.DELETED : DiskChange.MODIFIED);
        }, Failures.log("Checking " + p + " for changes on disk"));
    }

    /** The user chose the disk version: reload it. */
    public void reloadFromDisk() {
        Path p = path.get();
        if (p != null) open(p, () -> { });
    }

    /** The user keeps the editor's version: it becomes unsaved work; no more prompts for this change. */
    public void keepEditorVersion() {
        stamp = currentStamp(path.get());
        diskChange.set(DiskChange.NONE);
        dirty.set(true);
    }

    private void remember(Path file) {
        executor.submit(() -> recentFiles.add(file), recent::setAll, Failures.log("Adding " + file + " to the recent files"));
    }

    public void clearRecent() {
        executor.submit(recentFiles::clear, recent::setAll, Failures.log("Clearing the recent files"));
    }

    public void forgetRecent(Path file) {
        executor.submit(() -> recentFiles.remove(file), recent::setAll, Failures.log("Removing " + file + " from the recent files"));
    }

    /** The session ends normally: no recovery is needed. */
    public void closeCleanly() {
        try {
            recovery.clear();
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove the recovery copy on exit (it is offered again at the next start)", e);
        }
    }

    public ObjectProperty<Path> pathProperty() { return path; }

    public ReadOnlyObjectProperty<TextFormat> formatProperty() { return format; }

    public BooleanProperty dirtyProperty() { return dirty; }

    public boolean isDirty() { return dirty.get(); }

    public ReadOnlyObjectProperty<DiskChange> diskChangeProperty() { return diskChange.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<RecoveryStore.Orphan> recoveryOfferProperty() { return recoveryOffer.getReadOnlyProperty(); }

    public ObservableList<Path> recentFiles() { return recent; }

    public List<Path> recentSnapshot() { return List.copyOf(recent); }

    public StringProperty messageProperty() { return message; }

    public StringBinding titleProperty() { return title; }

    public StringBinding fileStatusProperty() { return fileStatus; }
}

package io.dockwright.ui.export;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Export of the optimized Dockerfile: proposes {@code Dockerfile.multistage} beside the original, lists the files an
 * export would overwrite (the view asks first), writes atomically in the background, and optionally writes the
 * proposed {@code .dockerignore} into the same folder. Failures become one readable message.
 */
public final class ExportViewModel {
    public static final String DEFAULT_NAME = "Dockerfile.multistage";
    private final BackgroundExecutor executor;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final BooleanProperty writeIgnore = new SimpleBooleanProperty(this, "writeIgnore");
    private final ReadOnlyBooleanWrapper ignoreAvailable = new ReadOnlyBooleanWrapper(this, "ignoreAvailable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private String text = "";
    private String dockerignore;

    public ExportViewModel(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Starts an export of {@code text}; {@code dockerignore} is the proposed file or null; {@code original} may be null. */
    public void prepare(String text, String dockerignore, Path original) {
        this.text = text == null ? "" : text;
        this.dockerignore = dockerignore;
        Path folder = original != null && original.toAbsolutePath().getParent() != null
                ? original.toAbsolutePath().getParent() : Path.of(System.getProperty("user.home"));
        target.set(folder.resolve(DEFAULT_NAME).toString());
        ignoreAvailable.set(dockerignore != null);
        writeIgnore.set(dockerignore != null);
        message.set("");
        failed.set(false);
    }

    /** The target as a path, or null (with a message) when it is not a usable file name. */
    public Path targetPath() {
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) return fail("Choose a file name to export to.");
        try {
            Path p = Path.of(t).toAbsolutePath();
            if (Files.isDirectory(p)) return fail(p + " is a folder; choose a file name in it.");
            if (p.getParent() == null || !Files.isDirectory(p.getParent())) return fail("The folder " + p.getParent() + " does not exist.");
            return p;
        } catch (InvalidPathException e) {
            return fail("Not a valid file name: " + t + " (" + e.getReason() + ")");
        }
    }

    private Path fail(String why) {
        message.set(why);
        failed.set(true);
        return null;
    }

    /** Existing files the export would replace (the view asks before going on); empty when none. */
    public List<Path> wouldOverwrite() {
        Path p = targetPath();
        List<Path> out = new ArrayList<>();
        if (p == null) return out;
        if (Files.exists(p)) out.add(p);
        if (ignoreWanted() && Files.exists(ignorePath(p))) out.add(ignorePath(p));
        return out;
    }

    private boolean ignoreWanted() { return dockerignore != null && writeIgnore.get(); }

    private static Path ignorePath(Path target) { return target.getParent().resolve(".dockerignore"); }

    /** Writes the file(s) in the background; {@code done} runs (on the UI thread) after a successful write. */
    public void export(Runnable done) {
        Path p = targetPath();
        if (p == null || busy.get()) return;
        boolean ignore = ignoreWanted();
        String content = text, ignoreText = dockerignore;
        busy.set(true);
        message.set("Writing " + p.getFileName() + "…");
        failed.set(false);
        executor.submit(() -> {
            AtomicFiles.write(p, content.getBytes(StandardCharsets.UTF_8));
            if (ignore) AtomicFiles.write(ignorePath(p), ignoreText.getBytes(StandardCharsets.UTF_8));
            return p;
        }, written -> {
            busy.set(false);
            message.set("Wrote " + written + (ignore ? " and " + ignorePath(written).getFileName() : ""));
            done.run();
        }, e -> {
            busy.set(false);
            fail("Could not write " + p + ": " + describe(e));
        });
    }

    static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof IOException && e.getMessage() != null) return e.getMessage();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The text went to the clipboard. */
    public void copied() {
        failed.set(false);
        message.set("Copied the optimized Dockerfile to the clipboard.");
    }

    /** What "Copy to clipboard" copies. */
    public String text() { return text; }

    public String dockerignore() { return dockerignore; }

    public StringProperty targetProperty() { return target; }

    /** Also write the proposed .dockerignore (only offered when there is one). */
    public BooleanProperty writeIgnoreProperty() { return writeIgnore; }

    public ReadOnlyBooleanProperty ignoreAvailableProperty() { return ignoreAvailable.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}

package io.dockwright.ui.log;

import io.dockwright.concurrent.BackgroundExecutor;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Help > Show Log: the end of Dockwright's log file (the last {@value #TAIL_BYTES} bytes, whole lines), read in the
 * background on {@link #refresh()}, and a status line saying what is shown. Read-only: nothing here writes the log.
 */
public final class LogViewModel {
    static final int TAIL_BYTES = 512 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final BackgroundExecutor executor;
    private final Path file;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public LogViewModel(BackgroundExecutor executor, Path file) {
        this.executor = executor;
        this.file = file;
    }

    /** Reads the file's end again (ignored while a read runs). */
    public void refresh() {
        if (loading.get()) return;
        loading.set(true);
        status.set("Reading " + file + "…");
        executor.submit(() -> LogTail.exists(file) ? LogTail.read(file, TAIL_BYTES) : null, tail -> {
            loading.set(false);
            if (tail == null) {
                text.set("");
                status.set("No log yet: " + file + " does not exist (it is written from the next start on)");
                return;
            }
            text.set(tail.text());
            status.set((tail.cut() ? "The last " + kb(TAIL_BYTES) + " of " + kb(tail.size()) : kb(tail.size())) + " of " + file
                    + ", read at " + LocalTime.now().format(TIME));
        }, e -> {
            loading.set(false);
            text.set("");
            status.set("Cannot read " + file + ": " + e.getMessage());
        });
    }

    private static String kb(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    public Path file() { return file; }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
}

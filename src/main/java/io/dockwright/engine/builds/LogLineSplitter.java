package io.dockwright.engine.builds;

import java.util.function.Consumer;

/** Joins streamed chunks into whole lines (ANSI stripped) and hands each line on once. */
public final class LogLineSplitter {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    public LogLineSplitter(Consumer<String> lines) {
        this.lines = lines;
    }

    public synchronized void accept(String chunk) {
        if (chunk == null) return;
        pending.append(chunk);
        int nl;
        while ((nl = pending.indexOf("\n")) >= 0) {
            String line = pending.substring(0, nl);
            pending.delete(0, nl + 1);
            lines.accept(Ansi.strip(line));
        }
    }

    public synchronized void flush() {
        if (pending.length() > 0) {
            lines.accept(Ansi.strip(pending.toString()));
            pending.setLength(0);
        }
    }
}

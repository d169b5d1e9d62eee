package io.dockwright.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what JavaFX's CSS engine logs at WARNING or above (unresolved looked-up colours, bad values) while attached. */
public final class CssWarnings extends Handler {
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    /** Starts collecting; {@link #detach()} stops. */
    public CssWarnings attach() {
        css.addHandler(this);
        return this;
    }

    public void detach() { css.removeHandler(this); }

    /** The warnings so far, oldest first. */
    public List<String> list() { return List.copyOf(warnings); }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(r.getMessage());
    }

    @Override public void flush() { }

    @Override public void close() { }
}

package io.dockwright.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own problems (a file it cannot open) go to standard error, one line each. Installing a listener also
 * stops Logback from printing its status report on standard output, where the CLI's results go.
 */
final class StatusToStderr implements StatusListener {
    static void install(LoggerContext context) {
        context.getStatusManager().add(new StatusToStderr());
    }

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() < Status.ERROR) return;
        Throwable t = status.getThrowable();
        System.err.println("dockwright: log: " + status.getMessage() + (t == null ? "" : " (" + t + ")"));
    }

    @Override
    public boolean isResetResistant() {
        return false;
    }
}

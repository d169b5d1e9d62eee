package io.dockwright.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log's line layout, with every registered {@link Secrets secret} masked in the finished line. */
final class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Secrets.redact(super.doLayout(event));
    }
}

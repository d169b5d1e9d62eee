package io.dockwright.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Dockwright's log (Logback behind SLF4J, configured here in code: no XML to parse at start). {@link #start} points
 * it at the rotated file of a run; before that (and in tests) warnings and errors go to standard error only.
 * Standard output never gets a log line: the CLI prints its results there.
 */
public final class Logging {
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String STDERR_PATTERN = "dockwright: %level: %msg%n%nopex";
    /**
     * Libraries that dump whole requests at debug level (docker-java's commands with their build args, the HTTP
     * client's headers with registry credentials): they stay at info whatever level the rest of the log has.
     */
    static final List<String> REQUEST_DUMPERS = List.of("com.github.dockerjava", "org.apache.hc");
    /** {@link Status#problem()} before {@link #start} ran. */
    public static final String NOT_STARTED = "the log is not started";
    private static volatile Status status = new Status(null, NOT_STARTED);

    /** Where the log is written, or why it is not ({@code file} null then). */
    public record Status(Path file, String problem) {
        /** The file's path, or "not written (why)", for the About box and {@code --version}. */
        public String describe() {
            return file != null ? file.toString() : "not written (" + problem + ")";
        }
    }

    private Logging() {}

    /** Logs to {@code settings.file()} from now on, at its levels; returns where the log goes. */
    public static synchronized Status start(LogSettings settings) {
        LoggerContext context = context();
        if (context == null) return status = new Status(null, "no Logback logger context (another SLF4J provider?)");
        context.reset();
        StatusToStderr.install(context);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = Level.toLevel(settings.level(), Level.INFO);
        root.setLevel(level);
        if (level.isGreaterOrEqual(Level.INFO)) {
            REQUEST_DUMPERS.forEach(name -> context.getLogger(name).setLevel(null));
        } else {
            REQUEST_DUMPERS.forEach(name -> context.getLogger(name).setLevel(Level.INFO));
        }
        addStderr(context, root, settings.stderrLevel());
        String problem = addFile(context, root, settings);
        status = new Status(problem == null ? settings.file() : null, problem);
        if (problem != null) root.warn("The log file {} cannot be written: {}", settings.file(), problem);
        return status;
    }

    /** Back to the configuration before {@link #start} (for tests that started a log of their own). */
    public static synchronized void restoreDefault() {
        LoggerContext context = context();
        if (context == null) return;
        context.reset();
        configureDefault(context);
        status = new Status(null, NOT_STARTED);
    }

    /** Where the log goes now. */
    public static Status status() {
        return status;
    }

    /** Before {@link #start} (and in tests): warnings and errors to standard error, nothing to a file. */
    static void configureDefault(LoggerContext context) {
        StatusToStderr.install(context);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        addStderr(context, root, "warn");
    }

    /** Logs what no code caught (a bug) instead of only printing it, for every thread. */
    public static void logUncaught() {
        org.slf4j.Logger log = LoggerFactory.getLogger(Logging.class);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> log.error("Uncaught exception in thread {}", thread.getName(), e));
    }

    private static LoggerContext context() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext c ? c : null;
    }

    private static void addStderr(LoggerContext context, Logger root, String threshold) {
        if (threshold.equals("off")) return;
        ThresholdFilter filter = new ThresholdFilter();
        filter.setLevel(threshold);
        filter.setContext(context);
        filter.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, STDERR_PATTERN));
        console.addFilter(filter);
        // unless debugging, the libraries' own errors ("Error during callback" when a build stream closes on cancel
        // or engine loss) stay in the file: Dockwright reports those failures itself, once, in its own words
        if (Level.toLevel(threshold, Level.ERROR).isGreaterOrEqual(Level.INFO)) console.addFilter(librariesToFileOnly(context));
        console.start();
        root.addAppender(console);
    }

    private static ch.qos.logback.core.filter.Filter<ILoggingEvent> librariesToFileOnly(LoggerContext context) {
        ch.qos.logback.core.filter.Filter<ILoggingEvent> f = new ch.qos.logback.core.filter.Filter<>() {
            @Override
            public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
                String name = event.getLoggerName();
                boolean library = REQUEST_DUMPERS.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
                return library ? ch.qos.logback.core.spi.FilterReply.DENY : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
            }
        };
        f.setContext(context);
        f.start();
        return f;
    }

    /** Adds the rotated file; returns why it could not be opened, or null. */
    private static String addFile(LoggerContext context, Logger root, LogSettings settings) {
        Path file = settings.file().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            return "cannot create " + file.getParent() + " (" + e + ")";
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.getParent().resolve(baseName(file) + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(Math.max(1, settings.archives()));
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(new FileSize(settings.maxFileBytes()));
        size.setCheckIncrement(Duration.buildBySeconds(1)); // Logback's default looks once a minute: a burst would overshoot
        size.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(size);
        appender.setEncoder(encoder(context, FILE_PATTERN));
        appender.start();
        if (!appender.isStarted()) return "cannot open it for writing";
        root.addAppender(appender);
        return null;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, String pattern) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}

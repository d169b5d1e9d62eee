package io.dockwright.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How the log is kept: the file (rotated at {@code maxFileBytes}, {@code archives} old files beside it), the level of
 * Dockwright's own messages in it, and which messages also go to standard error (never standard output: the CLI
 * prints its results there).
 *
 * @param stderrLevel the lowest level copied to standard error ({@code "off"} for none)
 */
public record LogSettings(Path file, String level, String stderrLevel, long maxFileBytes, int archives) {
    /** Levels accepted by {@code -Ddockwright.log=LEVEL} (and {@link #level}). */
    public static final java.util.List<String> LEVELS = java.util.List.of("off", "error", "warn", "info", "debug", "trace");
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    public static final int ARCHIVES = 3;

    public LogSettings {
        level = normal(level).orElse("info");
        stderrLevel = normal(stderrLevel).orElse("error");
    }

    /** {@code home/logs/dockwright.log}. */
    public static Path fileUnder(Path home) {
        return home.resolve("logs").resolve("dockwright.log");
    }

    /**
     * The settings for a run: the file under {@code home}; Dockwright's level {@code info}, {@code debug} when
     * {@code verbose}, or what {@code -Ddockwright.log} says ({@code property}, may be null); standard error gets
     * errors only, and {@code info} and up when {@code verbose}.
     */
    public static LogSettings forRun(Path home, boolean verbose, String property) {
        String level = normal(property).orElse(verbose ? "debug" : "info");
        if (verbose && rank(level) < rank("debug")) level = "debug";
        return new LogSettings(fileUnder(home), level, verbose ? "info" : "error", MAX_FILE_BYTES, ARCHIVES);
    }

    /** True when {@code -Ddockwright.log} names no known level (the log says so once it is open). */
    static boolean unknownLevel(String property) {
        return property != null && !property.isBlank() && normal(property).isEmpty();
    }

    static int rank(String level) {
        return LEVELS.indexOf(level);
    }

    private static Optional<String> normal(String level) {
        if (level == null) return Optional.empty();
        String l = level.strip().toLowerCase(Locale.ROOT);
        if (l.equals("warning")) l = "warn";
        return LEVELS.contains(l) ? Optional.of(l) : Optional.empty();
    }
}

package io.dockwright.engine.build;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running side of one build, shared by the service and its backend: turns output into listener events
 * (lines, progress), remembers the current step, and carries cancellation.
 */
public final class BuildRun {
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)(?:Dockerfile:|line )(\\d+)");
    private final BuildVariant variant;
    private final BuildListener listener;
    private final DockerfileOutline outline;
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
    private final LogLineSplitter splitter;
    private volatile boolean cancelled;
    private volatile boolean firstLineSeen;
    private volatile long firstLineNanos;
    private volatile BuildProgress progress;
    private volatile int errorLine;

    public BuildRun(BuildVariant variant, BuildListener listener) {
        this.variant = variant;
        this.listener = listener;
        this.outline = DockerfileOutline.of(variant.dockerfileText());
        this.splitter = new LogLineSplitter(this::line);
    }

    public BuildVariant variant() {
        return variant;
    }

    public BuildListener listener() {
        return listener;
    }

    public DockerfileOutline outline() {
        return outline;
    }

    /** A chunk of build output (may hold several or partial lines). */
    public void output(String chunk) {
        splitter.accept(chunk);
    }

    public void flush() {
        splitter.flush();
    }

    private void line(String line) {
        if (!firstLineSeen) {
            firstLineSeen = true;
            firstLineNanos = System.nanoTime();
        }
        ProgressParser.parse(line).ifPresent(p -> {
            progress = p;
            listener.onProgress(p);
        });
        if (line.startsWith("Dockerfile:") || line.matches("^\\s*\\d+ \\| >>>.*")) {
            Matcher m = ERROR_LINE.matcher(line);
            if (m.find() && errorLine == 0) errorLine = Integer.parseInt(m.group(1));
        }
        listener.onLog(line);
    }

    /** {@link System#nanoTime()} of the first log line, or 0. */
    public long firstLineNanos() {
        return firstLineNanos;
    }

    public BuildProgress progress() {
        return progress;
    }

    /** Registers what stops the backend's work (close a stream, kill a process). */
    public void onCancel(Runnable action) {
        cancelActions.add(action);
        if (cancelled) action.run();
    }

    void cancel() {
        cancelled = true;
        cancelActions.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A failure naming the instruction: a line in the message or output, else the current classic step. */
    public BuildFailedException failure(String message, Throwable cause) {
        if (cancelled) return BuildFailedException.cancellation();
        int line = errorLine;
        if (line == 0 && message != null) {
            Matcher m = Pattern.compile("(?i)\\bline (\\d+)").matcher(message);
            if (m.find()) line = Integer.parseInt(m.group(1));
        }
        DockerfileOutline.Entry entry = line > 0 ? outline.atLine(line) : null;
        BuildProgress p = progress;
        if (entry == null && p != null && p.stage() == null) entry = outline.step(p.step());
        if (entry == null) return BuildFailedException.of(message, cause);
        return new BuildFailedException(message, entry.line(), entry.text(), false, cause);
    }
}

package io.dockwright.engine.builds;

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
    private volatile BuildProgress failedStep;
    private final List<String> stepContainers = new CopyOnWriteArrayList<>();
    private static final Pattern RUNNING_IN = Pattern.compile("^ ---> Running in ([0-9a-f]{12,64})\\s*$");
    private static final Pattern BUILDKIT_FAILED = Pattern.compile("^ ?> \\[(?:([^\\]]*?) )?(\\d+)/(\\d+)\\] (.*?):?$");

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
        Matcher running = RUNNING_IN.matcher(line);
        if (running.matches()) stepContainers.add(running.group(1));
        Matcher failed = BUILDKIT_FAILED.matcher(line);
        if (failed.matches() && failedStep == null) {
            failedStep = new BuildProgress(Integer.parseInt(failed.group(2)), Integer.parseInt(failed.group(3)), failed.group(1), failed.group(4));
        }
        listener.onLog(line);
    }

    /** Ids of the containers the classic builder said it ran this build's steps in ("Running in ..."). */
    public List<String> stepContainers() {
        return List.copyOf(stepContainers);
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

    /**
     * The instruction a BuildKit {@code [stage x/y] TEXT} step refers to: the one in that stage with that text,
     * else the x-th of the stage's instructions that make build steps (FROM an image, RUN, COPY, ADD, WORKDIR).
     */
    private DockerfileOutline.Entry stageStep(BuildProgress step) {
        int stage = outline.stages().size() == 1 ? 0 : -1;
        for (DockerfileOutline.StageInfo s : outline.stages()) {
            if (step.stage() != null && (step.stage().equalsIgnoreCase(s.name()) || step.stage().equals("stage-" + s.index()))) {
                stage = s.index();
            }
        }
        final int st = stage;
        String text = step.description().replaceAll("\\s+", " ").strip();
        List<DockerfileOutline.Entry> steps = outline.entries().stream().filter(e -> e.stage() == st)
                .filter(e -> STEP_KEYWORDS.contains(e.keyword())
                        || e.keyword().equals("FROM") && outline.stages().get(st).baseStage() < 0)
                .toList();
        for (DockerfileOutline.Entry e : steps) {
            if (e.text().replaceAll("\\s+", " ").strip().equals(text)) return e;
        }
        return step.step() >= 1 && step.step() <= steps.size() ? steps.get(step.step() - 1) : null;
    }

    private static final java.util.Set<String> STEP_KEYWORDS = java.util.Set.of("RUN", "COPY", "ADD", "WORKDIR");

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
        if (entry == null && failedStep != null) entry = stageStep(failedStep);
        if (entry == null && p != null && p.stage() == null) entry = outline.step(p.step());
        if (entry == null) return BuildFailedException.of(message, cause);
        return new BuildFailedException(message, entry.line(), entry.text(), false, cause);
    }
}

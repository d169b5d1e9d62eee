package io.dockwright.bench;

import atlantafx.base.theme.PrimerLight;
import io.dockwright.app.FxBackgroundExecutor;
import io.dockwright.app.ThemeManager;
import io.dockwright.stages.GraphOptions;
import io.dockwright.ui.editor.Analysis;
import io.dockwright.ui.editor.DockerfileAnalyzer;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Keystroke-to-highlight latency of the real editor on a generated N-line Dockerfile (a benchmark, not a
 * test). Per keystroke it reports: the FX-thread time of the edit itself, the off-thread analysis (parse +
 * stage graph + style runs), the FX-thread time to apply the new highlighting, and the end-to-end time from
 * the keystroke to the restyled text, which includes the editor's deliberate 50 ms debounce.
 * Run: scripts/bench-editor.sh [LINES] [KEYSTROKES].
 */
public final class EditorLatencyBench {
    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int strokes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String text = generate(lines);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        EditorViewModel[] vm = new EditorViewModel[1];
        EditorView[] view = new EditorView[1];
        BlockingQueue<Long> applied = new ArrayBlockingQueue<>(16);
        Platform.runLater(() -> {
            vm[0] = new EditorViewModel(executor, new DockerfileAnalyzer());
            view[0] = new EditorView(vm[0]);
            vm[0].analysisProperty().addListener((o, was, a) -> {
                if (a != null && a.version() == vm[0].version()) applied.offer(System.nanoTime());
            });
            Stage stage = new Stage();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene((javafx.scene.Parent) view[0].node(), 1000, 700);
            scene.getStylesheets().add(ThemeManager.class.getResource(ThemeManager.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view[0].load(text);
        });
        applied.poll(60, TimeUnit.SECONDS);

        DockerfileAnalyzer analyzer = new DockerfileAnalyzer();
        Random random = new Random(42);
        List<Double> edit = new ArrayList<>();
        List<Double> analysis = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        for (int i = 0; i < strokes + 20; i++) {
            int line = random.nextInt(lines - 1);
            String ch = i % 2 == 0 ? "x" : " ";
            long[] t = new long[2];
            CountDownLatch typed = new CountDownLatch(1);
            Platform.runLater(() -> {
                var area = view[0].area();
                int at = area.getAbsolutePosition(line, area.getParagraph(line).length());
                t[0] = System.nanoTime();
                area.insertText(at, ch);
                t[1] = System.nanoTime();
                typed.countDown();
            });
            typed.await();
            Long done = applied.poll(30, TimeUnit.SECONDS);
            if (done == null) throw new IllegalStateException("highlighting never arrived");
            long applyNanos = fx(() -> view[0].lastApplyNanos());
            String current = fx(() -> view[0].text());
            long a0 = System.nanoTime();
            Analysis unused = analyzer.analyze(0, current, GraphOptions.DEFAULT);
            long a1 = System.nanoTime();
            if (i < 20 || unused == null) continue; // warm-up
            edit.add((t[1] - t[0]) / 1e6);
            analysis.add((a1 - a0) / 1e6);
            apply.add(applyNanos / 1e6);
            endToEnd.add((done - t[0]) / 1e6);
        }
        System.out.printf("editor latency, %d lines (%d chars), %d keystrokes, %d cores%n", lines, text.length(), strokes,
                Runtime.getRuntime().availableProcessors());
        report("edit on FX thread", edit);
        report("analysis off-thread (parse+graph+styles)", analysis);
        report("apply highlighting on FX thread", apply);
        report("keystroke to restyled (incl. 50 ms debounce)", endToEnd);
        executor.close();
        Platform.exit();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(10, TimeUnit.SECONDS);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("  %-46s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", what, p50, p99, sorted.get(sorted.size() - 1));
    }

    /** A realistic multi-stage Dockerfile of about {@code lines} lines. */
    static String generate(int lines) {
        StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=python:3.12\n");
        int stage = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines) {
            sb.append("\n# stage ").append(stage).append('\n')
              .append("FROM ${BASE} AS s").append(stage).append('\n')
              .append("ENV APP_HOME=/app PATH=\"/app/bin:$PATH\"\n")
              .append("WORKDIR /app\n")
              .append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends gcc libpq-dev \\\n")
              .append("    && rm -rf /var/lib/apt/lists/*\n")
              .append(stage > 0 ? "COPY --from=s" + (stage - 1) + " /app /app\n" : "COPY req.txt .\n")
              .append("RUN --mount=type=cache,target=/root/.cache pip install -r req.txt\n")
              .append("CMD [\"python\", \"run.py\", \"--stage\", \"").append(stage).append("\"]\n");
            stage++;
        }
        return sb.toString();
    }
}

package io.dockwright.bench;

import atlantafx.base.theme.PrimerLight;
import io.dockwright.app.FxBackgroundExecutor;
import io.dockwright.app.ThemeManager;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.graph.GraphInput;
import io.dockwright.ui.graph.GraphView;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;
import io.dockwright.stages.GraphOptions;
import io.dockwright.ui.editor.Analysis;
import io.dockwright.ui.editor.DockerfileAnalyzer;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import java.util.ArrayList;
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
 * test), with the stage graph wired as in the window (the editor's analysis handed to the graph, which lays
 * it out off-thread and redraws). Per keystroke it reports: the FX-thread time of the edit itself, the
 * off-thread analysis (parse + stage graph + style runs), the FX-thread time to apply the new highlighting,
 * the end-to-end time from the keystroke to the restyled text (includes the editor's deliberate 50 ms
 * debounce), and from the keystroke to the redrawn graph. Prints a markdown table.
 * Run: bench/editor.sh [LINES] [KEYSTROKES].
 */
public final class EditorLatencyBench {
    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int strokes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // 250-line stages (20 stages in 5,000 lines): a graph of realistic size; the graph view's redraw with
        // hundreds of stages is measured by GraphRedrawBench
        String text = GraphUpdateBenchmark.generate(lines, 250);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        EditorViewModel[] vm = new EditorViewModel[1];
        EditorView[] view = new EditorView[1];
        BlockingQueue<Long> applied = new ArrayBlockingQueue<>(16);
        BlockingQueue<Long> graphed = new ArrayBlockingQueue<>(16);
        Platform.runLater(() -> {
            vm[0] = new EditorViewModel(executor, new DockerfileAnalyzer());
            view[0] = new EditorView(vm[0]);
            vm[0].analysisProperty().addListener((o, was, a) -> {
                if (a != null && a.version() == vm[0].version()) applied.offer(System.nanoTime());
            });
            // the graph as StageGraphWiring wires it: the analysis handed over, laid out off-thread, redrawn
            GraphViewModel graph = new GraphViewModel(executor, new StageGraphLayouter(), new BuildOptions());
            GraphView graphView = new GraphView(graph, executor);
            vm[0].analysisProperty().addListener((o, was, a) -> {
                if (a != null && a.version() == vm[0].version()) graph.show(new GraphInput(a.version(), a.text(), a.dockerfile(), a.graph()));
            });
            graph.layoutProperty().addListener((o, was, l) -> Platform.runLater(() -> graphed.offer(System.nanoTime())));
            Stage stage = new Stage();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new javafx.scene.control.SplitPane((javafx.scene.Parent) view[0].node(), graphView), 1400, 700);
            scene.getStylesheets().add(ThemeManager.class.getResource(ThemeManager.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view[0].load(text);
        });
        applied.poll(60, TimeUnit.SECONDS);
        graphed.poll(60, TimeUnit.SECONDS);

        DockerfileAnalyzer analyzer = new DockerfileAnalyzer();
        Random random = new Random(42);
        List<Double> edit = new ArrayList<>();
        List<Double> analysis = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> fxTotal = new ArrayList<>();
        List<Double> toGraph = new ArrayList<>();
        int graphMissed = 0;
        for (int i = 0; i < strokes + 20; i++) {
            int line = random.nextInt(lines - 1);
            String ch = i % 2 == 0 ? "x" : " ";
            long[] t = new long[2];
            CountDownLatch typed = new CountDownLatch(1);
            graphed.clear();
            applied.clear();
            Platform.runLater(() -> {
                var area = view[0].area();
                int l = line; // inside a RUN's package list: the edit keeps the text parsing (and the graph current)
                while (!area.getParagraph(l).getText().contains("apt-get install")) l = (l + 1) % area.getParagraphs().size();
                String para = area.getParagraph(l).getText();
                // at the end of the line, or before a line continuation (keeps the text parsing)
                int col = para.endsWith("\\") ? para.length() - 1 : para.length();
                int at = area.getAbsolutePosition(l, col);
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
            Long drawn = graphed.poll(3, TimeUnit.SECONDS);
            if (i < 20 || unused == null) continue; // warm-up
            edit.add((t[1] - t[0]) / 1e6);
            analysis.add((a1 - a0) / 1e6);
            apply.add(applyNanos / 1e6);
            fxTotal.add((t[1] - t[0] + applyNanos) / 1e6);
            endToEnd.add((done - t[0]) / 1e6);
            if (drawn == null) graphMissed++;
            else toGraph.add((drawn - t[0]) / 1e6);
        }
        System.out.printf("%nEditor latency, %,d lines (%,d chars), %d keystrokes, %d cores, load average %s%n%n", lines,
                text.length(), strokes, Runtime.getRuntime().availableProcessors(), BenchReport.loadAverage());
        System.out.println("| per keystroke | p50 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---:|---:|---:|");
        report("edit on FX thread", edit);
        report("apply highlighting on FX thread", apply);
        report("**FX thread total (edit + apply)**", fxTotal);
        report("analysis off-thread (parse + graph + styles)", analysis);
        report("keystroke to restyled (incl. 50 ms debounce)", endToEnd);
        if (!toGraph.isEmpty()) report("keystroke to graph redrawn", toGraph);
        if (graphMissed > 0) System.out.println("(" + graphMissed + " keystrokes left the graph unchanged within 3 s)");
        executor.close();
        Platform.exit();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private static void report(String what, List<Double> ms) {
        double[] p = BenchReport.percentiles(ms);
        System.out.printf("| %s | %.2f | %.2f | %.2f |%n", what, p[0], p[1], p[2]);
    }
}

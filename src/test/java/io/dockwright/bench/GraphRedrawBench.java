package io.dockwright.bench;

import atlantafx.base.theme.PrimerLight;
import io.dockwright.app.FxBackgroundExecutor;
import io.dockwright.app.ThemeManager;
import io.dockwright.stages.GraphOptions;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.graph.GraphInput;
import io.dockwright.ui.graph.GraphLayout;
import io.dockwright.ui.graph.GraphView;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * FX-thread cost of the stage graph view's redraw on a generated Dockerfile of N stages (a benchmark, not a
 * test), through the real {@link GraphView} in a shown window (headless Monocle) with the app's theme. The
 * layout runs off-thread as in the app; measured on the FX thread from the moment the new layout is set:
 * the redraw itself (node updates), the next pulse's CSS + layout pass, and the total until the FX thread is
 * idle again (what typing waits for). Cases: opening the file (a fresh view), typing one character inside a
 * RUN line (shape unchanged, later spans move), and one newline before a stage (later line numbers move).
 * "open" is a fresh view, already shown and styled, getting the file (its first graph is fitted into view);
 * "drag" pans the graph sideways by a viewport (a scroll event), so that new parts come into view; last, one PNG
 * export per size (its snapshot draws every card).
 * Run: bench/graph-redraw.sh [STAGES...] (default 20 100 450).
 */
public final class GraphRedrawBench {
    private static final int ROUNDS = 8;

    private record Sample(double redraw, double pulse, double total) {}

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
    private final BlockingQueue<Sample> samples = new ArrayBlockingQueue<>(4);
    private final List<String> exports = new ArrayList<>();
    private Stage window;
    private GraphViewModel vm;
    private long version;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {20, 100, 450} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        GraphRedrawBench bench = new GraphRedrawBench();
        fx(() -> bench.window());
        List<String> rows = new ArrayList<>();
        for (int n : sizes) rows.addAll(bench.run(n));
        System.out.printf("%nStage graph redraw on the FX thread, %d cores, load average %s (ms, p50 / max of %d)%n%n",
                Runtime.getRuntime().availableProcessors(), BenchReport.loadAverage(), ROUNDS);
        System.out.println("| stages | lines | case | redraw | CSS + layout pulse | FX thread total |");
        System.out.println("|---:|---:|---|---:|---:|---:|");
        rows.forEach(System.out::println);
        bench.exports.forEach(System.out::println);
        bench.executor.close();
        Platform.exit();
    }

    private Object window() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new Stage();
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1000, 700);
        scene.getStylesheets().add(ThemeManager.class.getResource(ThemeManager.STYLESHEET).toExternalForm());
        window.setScene(scene);
        window.show();
        return null;
    }

    private List<String> run(int stages) throws Exception {
        String text = generate(stages);
        long lines = text.chars().filter(c -> c == '\n').count();
        List<Sample> open = new ArrayList<>();
        List<Sample> typed = new ArrayList<>();
        List<Sample> newline = new ArrayList<>();
        List<Sample> panned = new ArrayList<>();
        int[] drawn = new int[1];
        int mid = text.indexOf("apt-get update", text.indexOf("# stage " + stages / 2 + "\n"));
        int before = text.indexOf("# stage " + stages / 2 + "\n");
        for (int round = 0; round < ROUNDS + 2; round++) {
            Sample o = measure(text, true);
            String t = text.substring(0, mid) + "x".repeat(round + 1) + text.substring(mid);
            Sample x = measure(t, false);
            Sample nl = measure(t.substring(0, before) + "\n".repeat(round % 2 + 1) + t.substring(before), false);
            drawn[0] = fx(() -> window.getScene().getRoot().lookupAll(".stage-card").size());
            Sample pan = pan(-1);
            if (round < 2) continue; // warm-up
            open.add(o);
            typed.add(x);
            newline.add(nl);
            panned.add(pan);
        }
        exports.add(String.format("| %d | %,d | export PNG (snapshot of all cards, once) | | | %.1f |", stages, lines, export()));
        String what = " (" + drawn[0] + " cards drawn)";
        return List.of(row(stages, lines, "open (fresh view)" + what, open), row(stages, lines, "type one character", typed),
                row(stages, lines, "insert a line", newline), row(stages, lines, "drag by a viewport's width", panned));
    }

    /** Feeds one text (in a fresh view when {@code fresh}) and waits for its redraw's FX-thread figures. */
    private Sample measure(String text, boolean fresh) throws Exception {
        GraphInput input = GraphInput.parse(++version, text, GraphOptions.DEFAULT);
        samples.clear();
        if (fresh) {
            fx(() -> {
                freshView();
                return null;
            });
            Thread.sleep(300); // the empty view is styled and laid out before the file arrives
        }
        fx(() -> {
            vm.textEdited();
            vm.show(input);
            return null;
        });
        Sample s = samples.poll(120, TimeUnit.SECONDS);
        if (s == null) throw new IllegalStateException("no redraw within 120 s");
        return s;
    }

    /** FX-thread time of a PNG export's snapshot (the file is written off-thread). */
    private double export() throws Exception {
        java.nio.file.Path png = java.nio.file.Files.createTempFile("graph-redraw", ".png");
        try {
            return fx(() -> {
                long t0 = System.nanoTime();
                ((GraphView) window.getScene().getRoot()).exportPng(png, e -> { });
                return (System.nanoTime() - t0) / 1e6;
            });
        } finally {
            Thread.sleep(500);
            java.nio.file.Files.deleteIfExists(png);
        }
    }

    /** Scrolls the graph sideways by the viewport's width (as a drag or wheel pans), until the FX thread is idle. */
    private Sample pan(int direction) throws Exception {
        samples.clear();
        fx(() -> {
            javafx.scene.Node canvas = window.getScene().getRoot().lookup(".graph-canvas");
            double dx = direction * canvas.getLayoutBounds().getWidth();
            long t0 = System.nanoTime();
            javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    10, 10, 10, 10, false, false, false, false, false, false, dx, 0, dx, 0,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            long handled = System.nanoTime();
            afterPulse(window.getScene(), t0, handled);
            return null;
        });
        Sample s = samples.poll(120, TimeUnit.SECONDS);
        if (s == null) throw new IllegalStateException("no pulse within 120 s");
        return s;
    }

    /** Offers a sample once the next pulse (CSS, layout, sync to the renderer) has run. */
    private void afterPulse(Scene scene, long t0, long redrawn) {
        Runnable[] pulse = new Runnable[2];
        long[] p = new long[1];
        pulse[0] = () -> p[0] = System.nanoTime();
        pulse[1] = () -> {
            long laidOut = System.nanoTime();
            scene.removePreLayoutPulseListener(pulse[0]);
            scene.removePostLayoutPulseListener(pulse[1]);
            Platform.runLater(() -> samples.offer(new Sample((redrawn - t0) / 1e6, (laidOut - p[0]) / 1e6,
                    (System.nanoTime() - t0) / 1e6)));
        };
        scene.addPreLayoutPulseListener(pulse[0]);
        scene.addPostLayoutPulseListener(pulse[1]);
        Platform.requestNextPulse();
    }

    private void freshView() {
        vm = new GraphViewModel(executor, new StageGraphLayouter(), new BuildOptions());
        long[] t = new long[1];
        vm.layoutProperty().addListener((o, was, now) -> t[0] = System.nanoTime()); // before the view's listener
        GraphView view = new GraphView(vm, executor);
        Scene scene = window.getScene();
        ChangeListener<GraphLayout> after = (o, was, now) -> afterPulse(scene, t[0], System.nanoTime());
        vm.layoutProperty().addListener(after);
        scene.setRoot(view);
    }

    private static String row(int stages, long lines, String what, List<Sample> s) {
        return String.format("| %d | %,d | %s | %s | %s | %s |", stages, lines, what, stat(s.stream().map(Sample::redraw).toList()),
                stat(s.stream().map(Sample::pulse).toList()), stat(s.stream().map(Sample::total).toList()));
    }

    private static String stat(List<Double> ms) {
        double[] p = BenchReport.percentiles(ms);
        return String.format("%.1f / %.1f", p[0], p[2]);
    }

    /** {@code stages} stages of about 15 lines (the graph benchmark's generator with no package lines). */
    static String generate(int stages) {
        String text = GraphUpdateBenchmark.generate(stages * 15, 16);
        int cut = text.indexOf("\n# stage " + stages + "\n");
        return cut < 0 ? text : text.substring(0, cut + 1);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}

package io.dockwright.bench;

import io.dockwright.stages.GraphOptions;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.ui.BuildOptions;
import io.dockwright.ui.editor.Analysis;
import io.dockwright.ui.editor.DockerfileAnalyzer;
import io.dockwright.ui.graph.GraphInput;
import io.dockwright.ui.graph.GraphViewModel;
import io.dockwright.ui.graph.StageGraphLayouter;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What happens off the UI thread after typing stops, on the app's real path: the editor's analysis
 * ({@link DockerfileAnalyzer}: parse + stage graph + highlighting runs, shared by the editor and the graph)
 * handed to the {@link GraphViewModel}, which lays it out with ELK ({@code *Update}); and the graph's own
 * part alone, given the analysis ({@code *Layout}). A generated 5,000-line Dockerfile with 40-line stages
 * (129 stages, a stress case) or 250-line stages (20 stages).
 * {@code typing}: an edit inside an instruction (the graph's shape is unchanged, the layout is reused);
 * {@code reshaping}: every update changes the graph's shape, so ELK runs each time.
 * SampleTime gives the p50/p99 per update. Run with {@code bench/graph.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GraphUpdateBenchmark {
    @Param({"40", "250"})
    public int linesPerStage;

    private String text;
    private String reshaped;
    private final DockerfileAnalyzer analyzer = new DockerfileAnalyzer();
    private GraphViewModel graph;
    private int edit;
    private GraphInput prepared;

    @Setup
    public void setUp() {
        text = generate(5_000, linesPerStage);
        reshaped = text + "\nFROM s0 AS extra\nCOPY --from=s1 /a /a\n";
        graph = new GraphViewModel(new SynchronousExecutor(), new StageGraphLayouter(), new BuildOptions());
    }

    /** A new text each time, as after a keystroke inside a RUN line. */
    private String typed() {
        int at = text.indexOf("package-3 ");
        return text.substring(0, at) + "x" + (edit++) + text.substring(at);
    }

    /** Alternates between two graph shapes: the layout cannot be reused. */
    private String reshapedText() {
        return (edit++ % 2 == 0 ? text : reshaped) + "# " + edit + "\n";
    }

    private GraphInput analyse(String t) {
        Analysis a = analyzer.analyze(edit, t, GraphOptions.DEFAULT);
        return new GraphInput(a.version(), a.text(), a.dockerfile(), a.graph());
    }

    private Object update(GraphInput input) {
        graph.show(input);
        return graph.layoutProperty().get();
    }

    @Benchmark
    public Object typingUpdate() { return update(analyse(typed())); }

    @Benchmark
    public Object reshapingUpdate() { return update(analyse(reshapedText())); }

    @State(Scope.Thread)
    public static class Typed {
        GraphInput input;

        @Setup(Level.Invocation)
        public void prepare(GraphUpdateBenchmark b) { input = b.analyse(b.typed()); }
    }

    @State(Scope.Thread)
    public static class Reshaped {
        GraphInput input;

        @Setup(Level.Invocation)
        public void prepare(GraphUpdateBenchmark b) { input = b.analyse(b.reshapedText()); }
    }

    @Benchmark
    public Object typingLayout(Typed t) { return update(t.input); }

    @Benchmark
    public Object reshapingLayout(Reshaped r) { return update(r.input); }

    /** A multi-stage Dockerfile of at least {@code lines} lines, stages copying from and mounting earlier ones. */
    public static String generate(int lines, int linesPerStage) {
        StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=debian:bookworm-slim\n");
        int stage = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines) {
            sb.append("\n# stage ").append(stage).append('\n');
            String base = stage % 4 == 0 || stage == 0 ? "${BASE}" : "s" + (stage - 1);
            sb.append("FROM ").append(base).append(" AS s").append(stage).append('\n');
            sb.append("ARG VERSION=1.").append(stage).append('\n');
            sb.append("ENV APP_HOME=/opt/app \\\n    PATH=/opt/app/bin:$PATH\n");
            sb.append("WORKDIR /opt/app\n");
            if (stage >= 3) sb.append("COPY --from=s").append(stage - 3).append(" /opt/app/out /opt/app/in").append('\n');
            if (stage >= 2) sb.append("RUN --mount=type=cache,target=/root/.cache,from=s").append(stage - 2).append(" \\\n");
            else sb.append("RUN \\\n");
            sb.append("    apt-get update && \\\n");
            for (int i = 0; i < linesPerStage - 16; i++) sb.append("    apt-get install -y --no-install-recommends package-").append(i).append(" && \\\n");
            sb.append("    rm -rf /var/lib/apt/lists/*\n");
            sb.append("COPY [\"src/\", \"/opt/app/src/\"]\n");
            sb.append("RUN make -C /opt/app/src VERSION=${VERSION} && echo built > /opt/app/out\n");
            sb.append("EXPOSE 80").append(stage % 10).append('\n');
            sb.append("CMD [\"/opt/app/bin/app\", \"--stage\", \"").append(stage).append("\"]\n");
            stage++;
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        // exec:java runs inside Maven: give the forked JVM the test classpath explicitly.
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            System.setProperty("java.class.path", Arrays.stream(loader.getURLs())
                    .map(u -> java.nio.file.Path.of(java.net.URI.create(u.toString())).toString())
                    .collect(Collectors.joining(java.io.File.pathSeparator)));
        }
        var results = new Runner(new OptionsBuilder().include(GraphUpdateBenchmark.class.getName()).build()).run();
        System.out.println();
        System.out.println("Graph update on a 5,000-line Dockerfile, " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + BenchReport.loadAverage() + " (ms per update)");
        System.out.println();
        System.out.println("| stages | benchmark | p50 | p99 | samples |");
        System.out.println("|---|---|---:|---:|---:|");
        for (var r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            System.out.printf("| %s-line stages | %s | %.1f | %.1f | %d |%n", r.getParams().getParam("linesPerStage"),
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), stats.getPercentile(50), stats.getPercentile(99), stats.getN());
        }
    }
}

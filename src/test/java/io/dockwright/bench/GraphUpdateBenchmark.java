package io.dockwright.bench;

import io.dockwright.stages.GraphOptions;
import io.dockwright.ui.graph.GraphPipeline;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * What the stage visualizer does after typing stops: parse + stage graph + ELK layout, on a generated
 * 5,000-line Dockerfile with 40-line stages (129 stages, a stress case) or 250-line stages (20 stages).
 * {@code typing}: an edit inside an instruction (the graph's shape is unchanged, the layout is reused);
 * {@code reshaping}: every update changes the graph's shape, so ELK runs each time.
 * SampleTime gives the p50/p99 per update. Run with
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.dockwright.bench.GraphUpdateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class GraphUpdateBenchmark {
    @Param({"40", "250"})
    public int linesPerStage;

    private String text;
    private String reshaped;
    private GraphPipeline pipeline;
    private int edit;

    @Setup
    public void setUp() {
        text = generate(5_000, linesPerStage);
        reshaped = text + "\nFROM s0 AS extra\nCOPY --from=s1 /a /a\n";
        pipeline = GraphPipeline.standard();
    }

    @Benchmark
    public Object typing() {
        // a new text each time, as after a keystroke inside a RUN line
        int at = text.indexOf("package-3 ");
        return pipeline.run(text.substring(0, at) + "x" + (edit++) + text.substring(at), GraphOptions.DEFAULT);
    }

    @Benchmark
    public Object reshaping() {
        // alternate between two graph shapes: the layout cannot be reused
        return pipeline.run((edit++ % 2 == 0 ? text : reshaped) + "# " + edit + "\n", GraphOptions.DEFAULT);
    }

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
        new Runner(new OptionsBuilder().include(GraphUpdateBenchmark.class.getName()).build()).run();
    }
}

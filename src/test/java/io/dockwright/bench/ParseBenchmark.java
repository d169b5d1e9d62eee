package io.dockwright.bench;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + stage graph over each input set (see {@link BenchCorpus}): time for one pass over the set.
 * Run with {@code bench/parse.sh}, which also runs dockerfile-ast on the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    @Param({"corpus", "lines1000", "lines10000"})
    public String set;

    private List<String> texts;

    @Setup
    public void load() throws IOException {
        texts = new ArrayList<>();
        for (Path p : BenchCorpus.sets().get(set)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public void parseAndGraph(Blackhole bh) {
        for (String text : texts) {
            Dockerfile df = DockerfileParser.parse(text);
            StageGraph graph = StageGraphBuilder.build(df, GraphOptions.DEFAULT);
            bh.consume(graph);
        }
    }

    @Benchmark
    public void parseOnly(Blackhole bh) {
        for (String text : texts) {
            bh.consume(DockerfileParser.parse(text));
        }
    }
}

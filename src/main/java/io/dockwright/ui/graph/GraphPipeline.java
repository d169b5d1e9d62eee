package io.dockwright.ui.graph;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Position;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Text to laid-out graph: parse, build the stage graph, lay it out. Pure and thread-safe apart from the
 * layouter's engine; the view model runs it off the UI thread.
 */
public final class GraphPipeline {

    /** One run's outcome. {@code problem} is the first error that makes the graph untrustworthy, or null. */
    public record Result(String text, GraphOptions options, Dockerfile file, StageGraph graph, GraphLayout layout,
                         String problem) {
        public boolean blocked() { return problem != null; }
    }

    private final Function<String, Dockerfile> parser;
    private final BiFunction<Dockerfile, GraphOptions, StageGraph> builder;
    private final StageGraphLayouter layouter = new StageGraphLayouter();

    public GraphPipeline(Function<String, Dockerfile> parser, BiFunction<Dockerfile, GraphOptions, StageGraph> builder) {
        this.parser = parser;
        this.builder = builder;
    }

    /** The app's pipeline: the real parser and stage graph builder. */
    public static GraphPipeline standard() {
        return new GraphPipeline(DockerfileParser::parse, StageGraphBuilder::build);
    }

    public Result run(String text, GraphOptions options) {
        Dockerfile file = parser.apply(text);
        GraphOptions effective = options;
        StageGraph built = builder.apply(file, options);
        if (options.target() != null && built.stages().stream().noneMatch(s -> options.target().equalsIgnoreCase(s.name()))) {
            // A target that no longer exists (renamed, deleted): show the default target rather than nothing.
            effective = new GraphOptions(null, options.buildArgs());
            built = builder.apply(file, effective);
        }
        StageGraph graph = built;
        String problem = firstError(file, graph);
        return new Result(text, effective, file, graph, layouter.layout(graph), problem);
    }

    private static String firstError(Dockerfile file, StageGraph graph) {
        Diagnostic error = file.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .orElseGet(() -> graph.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null));
        if (error == null) return null;
        Position at = file.position(error.span().start());
        return "Line " + at.line() + ":" + at.column() + ": " + error.message();
    }
}

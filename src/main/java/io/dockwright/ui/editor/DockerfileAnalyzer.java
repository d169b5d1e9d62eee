package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.lint.Linter;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The real {@link Analyzer}: the lossless parser, then the stage graph, then the linter; problems from all
 * three (sources "parser", "stages", "lint"). A blank text (a new, empty buffer) has no problems: "no
 * instructions" and "no FROM" would only nag before typing.
 */
public final class DockerfileAnalyzer implements Analyzer {
    private final Linter linter;

    /** With the standard rule set. */
    public DockerfileAnalyzer() {
        this(Linter.standard());
    }

    public DockerfileAnalyzer(Linter linter) {
        this.linter = linter;
    }

    @Override
    public Analysis analyze(long version, String text, GraphOptions options) {
        Dockerfile df = DockerfileParser.parse(text);
        StageGraph graph = StageGraphBuilder.build(df, options);
        List<Problem> problems = new ArrayList<>();
        if (text.isBlank()) return new Analysis(version, text, df, graph, StyleRuns.build(text.length(), df.tokens(), problems), List.of());
        for (Diagnostic d : df.diagnostics()) problems.add(Problem.of(d, df, "parser"));
        for (Diagnostic d : graph.diagnostics()) problems.add(Problem.of(d, df, "stages"));
        for (Diagnostic d : linter.lint(df, graph)) problems.add(Problem.of(d, df, "lint"));
        problems.sort(Comparator.comparingInt(Problem::start));
        StyleRuns styles = StyleRuns.build(text.length(), df.tokens(), problems);
        return new Analysis(version, text, df, graph, styles, List.copyOf(problems));
    }
}

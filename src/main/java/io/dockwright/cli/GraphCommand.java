package io.dockwright.cli;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Position;
import io.dockwright.stages.GraphDot;
import io.dockwright.stages.GraphJson;
import io.dockwright.stages.GraphMermaid;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright graph FILE [--target T] [--build-arg K=V ...] [--format json|dot|mermaid]}. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Prints the build stage graph of a Dockerfile: stages, edges, external images, target.")
public final class GraphCommand implements Callable<Integer> {

    enum Format { json, dot, mermaid }

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbosity;

    @Parameters(index = "0", paramLabel = "FILE", description = "the Dockerfile")
    Path file;

    @Option(names = "--target", paramLabel = "T", description = "the stage to build (default: the last one)")
    String target;

    @Option(names = "--build-arg", paramLabel = "K=V", description = "a build argument (repeatable)")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, dot or mermaid (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("dockwright graph: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("dockwright graph: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Dockerfile df = DockerfileParser.parse(bytes);
        StageGraph graph = StageGraphBuilder.build(df, new GraphOptions(target, buildArgs));
        out.print(switch (format) {
            case json -> GraphJson.render(graph, df);
            case dot -> GraphDot.render(graph);
            case mermaid -> GraphMermaid.render(graph);
        });
        out.flush();
        List<Diagnostic> problems = Stream.concat(df.diagnostics().stream(), graph.diagnostics().stream()).toList();
        for (Diagnostic d : problems) {
            Position p = df.position(d.span().start());
            err.println(file + ":" + p.line() + ":" + p.column() + ": " + d.severity().name().toLowerCase(Locale.ROOT)
                    + ": " + d.message());
        }
        err.flush();
        return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }
}

package io.dockwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Position;
import io.dockwright.dockerfile.Severity;
import io.dockwright.lint.Linter;
import io.dockwright.lint.Rule;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright lint FILE... [--format text|json] [--ignore ID] [--fail-on LEVEL]}. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lints Dockerfiles with hadolint-style DL rules and BuildKit build checks; parser and stage "
                + "graph problems are reported too.",
                "One line per finding: FILE:LINE:COL: SEVERITY: ID message.",
                "Suppress inline with '# hadolint ignore=DL3007' above an instruction or "
                        + "'# check=skip=StageNameCasing' at the top of the file."},
        footer = {"Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 when a file cannot "
                + "be read or the command line is wrong."})
public final class LintCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Output formats. */
    public enum Format { text, json }

    /** The lowest severity that fails the run. */
    public enum FailOn { error, warning, info, none }

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbosity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the Dockerfiles; - reads one from standard input")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (an array of {file, line, column, endLine, endColumn, severity, id, "
                    + "message, url}); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--ignore", paramLabel = "ID", description = "a rule id to skip, e.g. DL3059 or "
            + "StageNameCasing, or a parser code such as unknown-stage (repeatable)")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warning, info or none: the lowest severity that makes the exit status 1; "
                    + "default ${DEFAULT-VALUE}, like hadolint's --failure-threshold (any finding fails)")
    FailOn failOn;

    @Option(names = "--target", paramLabel = "T", description = "the stage that is built (default: the last)")
    String target;

    /** A finding with the file it is in. */
    private record Finding(String file, Dockerfile df, Diagnostic d, String url) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Linter linter = Linter.standard().without(ignore);
        List<Finding> findings = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = file.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file); // - : stdin
            } catch (IOException | RuntimeException e) {
                err.println("dockwright lint: cannot read " + file + ": " + ParseCommand.reason(e));
                unreadable = true;
                continue;
            }
            findings.addAll(lint(file.toString(), DockerfileParser.parse(bytes), linter));
        }
        if (format == Format.json) out.println(json(findings)); else findings.forEach(f -> out.println(line(f)));
        out.flush();
        err.flush();
        if (unreadable) return 2;
        return findings.stream().anyMatch(f -> fails(f.d().severity())) ? 1 : 0;
    }

    private List<Finding> lint(String file, Dockerfile df, Linter linter) {
        StageGraph graph = StageGraphBuilder.build(df, new GraphOptions(target, Map.of()));
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : df.diagnostics()) if (!ignored(d)) out.add(new Finding(file, df, d, null));
        for (Diagnostic d : graph.diagnostics()) if (!ignored(d)) out.add(new Finding(file, df, d, null));
        for (Diagnostic d : linter.lint(df, graph)) {
            out.add(new Finding(file, df, d, linter.rule(d.code()).map(Rule::url).orElse(null)));
        }
        out.sort(Comparator.comparingInt(f -> f.d().span().start()));
        return out;
    }

    /** Parser and stage-graph codes can be ignored by name too (for example {@code unknown-stage}). */
    private boolean ignored(Diagnostic d) {
        return ignore.stream().anyMatch(id -> id.equalsIgnoreCase(d.code()));
    }

    private boolean fails(Severity severity) {
        return switch (failOn) {
            case none -> false;
            case error -> severity == Severity.ERROR;
            case warning -> severity != Severity.INFO;
            case info -> true;
        };
    }

    private static String line(Finding f) {
        Position p = f.df().position(f.d().span().start());
        return f.file() + ":" + p.line() + ":" + p.column() + ": " + severity(f.d()) + ": " + f.d().code() + " "
                + f.d().message();
    }

    private static String severity(Diagnostic d) {
        return d.severity().name().toLowerCase(Locale.ROOT);
    }

    private static String json(List<Finding> findings) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Finding f : findings) {
            Position start = f.df().position(f.d().span().start());
            Position end = f.df().position(f.d().span().end());
            ObjectNode n = array.addObject();
            n.put("file", f.file());
            n.put("line", start.line());
            n.put("column", start.column());
            n.put("endLine", end.line());
            n.put("endColumn", end.column());
            n.put("severity", severity(f.d()));
            n.put("id", f.d().code());
            n.put("message", f.d().message());
            n.put("url", f.url());
        }
        return array.toPrettyString();
    }
}

package io.dockwright.cli;

import io.dockwright.dockerfile.BuildkitDump;
import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Position;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright parse FILE --format buildkit|json}: the parse tree, or the errors with positions. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses a Dockerfile: prints BuildKit's AST dump or the tree as JSON; errors go to stderr.")
public final class ParseCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { buildkit, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "the Dockerfile")
    String file;

    @Option(names = "--format", defaultValue = "buildkit",
            description = "buildkit (the AST dump, as BuildKit's parser tests print it) or json; default ${DEFAULT-VALUE}")
    Format format;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("dockwright parse: cannot read " + file + ": " + reason(e));
            err.flush();
            return 1;
        }
        Dockerfile parsed = DockerfileParser.parse(bytes);
        boolean errors = parsed.hasErrors();
        if (format == Format.json) {
            out.println(ParseJson.write(file, parsed));
        } else if (!errors) {
            out.println(BuildkitDump.dump(parsed));
        }
        for (Diagnostic d : parsed.diagnostics()) {
            Position p = parsed.position(d.span().start());
            err.println(file + ":" + p.line() + ":" + p.column() + ": "
                    + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.message());
        }
        out.flush();
        err.flush();
        return errors ? 1 : 0;
    }

    /** A short reason a file could not be read (no stack trace). */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e.getMessage() == null) return e.getClass().getSimpleName();
        return e.getMessage().equals(e.getMessage().trim()) && e.getMessage().contains("directory")
                ? "is a directory" : e.getMessage();
    }
}

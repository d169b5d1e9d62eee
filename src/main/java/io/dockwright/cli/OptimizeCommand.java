package io.dockwright.cli;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.OptimizationResult;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.RuntimeBaseTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright optimize FILE [--context DIR] [-o OUT] [--explain] [--json]}. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Rewrites a Dockerfile into a lean multi-stage one and lists the changes.",
                "Exit 0: a result was written; 3: the file was left unchanged (the reason on stderr); 1: unreadable input."})
public final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbosity;

    @Parameters(index = "0", paramLabel = "FILE", description = "the Dockerfile")
    Path file;

    @Option(names = "--context", paramLabel = "DIR", description = "the build context (default: the file's folder)")
    Path context;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write the optimized Dockerfile here (default: stdout)")
    Path output;

    @Option(names = "--explain", description = "print each change's reason and effect")
    boolean explain;

    @Option(names = "--json", description = "print everything (text, changes, warnings, accounting) as JSON on stdout")
    boolean json;

    @Option(names = "--non-root", description = "add a non-root USER to the final stage when it has none")
    boolean nonRoot;

    @Option(names = "--bases", paramLabel = "FILE", description = "a runtime base table (JSON) instead of the bundled one")
    Path bases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        RuntimeBaseTable table;
        try {
            text = read(file);
            table = bases == null ? RuntimeBaseTable.bundled() : RuntimeBaseTable.load(bases);
        } catch (NoSuchFileException e) {
            err.println("dockwright optimize: " + e.getFile() + ": no such file");
            err.flush();
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dockwright optimize: cannot read input: " + e.getMessage());
            err.flush();
            return 1;
        }
        Path dir = context != null ? context : file.toAbsolutePath().getParent();
        OptimizationResult result = new Optimizer().optimize(text, dir, file.getFileName().toString(),
                new OptimizerOptions(table, nonRoot, true));
        if (json) {
            out.print(OptimizeJson.render(result, file.toString()));
            out.flush();
        } else {
            report(result, err);
        }
        if (!result.changed()) {
            err.println("dockwright optimize: " + file + " left unchanged: " + result.unchangedReason());
            err.flush();
            return 3;
        }
        if (output != null) {
            try {
                writeAtomically(output, result.text());
            } catch (IOException e) {
                err.println("dockwright optimize: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            err.println("dockwright optimize: wrote " + output);
        } else if (!json) {
            out.print(result.text());
            out.flush();
        }
        err.flush();
        return 0;
    }

    private void report(OptimizationResult result, PrintWriter err) {
        for (Change c : result.changes()) {
            String lines = c.lines().isEmpty() ? "" : " (line" + (c.lines().size() > 1 || c.lines().get(0).first() != c.lines().get(0).last() ? "s " : " ")
                    + String.join(", ", c.lines().stream().map(Object::toString).toList()) + ")";
            err.println("* " + c.title() + lines);
            if (explain) {
                err.println("    why: " + c.reason());
                err.println("    effect: " + c.effect());
            }
        }
        for (String w : result.warnings()) err.println("! " + w);
        if (explain && result.proposedDockerignore() != null) {
            err.println("Proposed .dockerignore:");
            result.proposedDockerignore().lines().forEach(l -> err.println("    " + l));
        }
        err.flush();
    }

    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text");
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        io.dockwright.files.AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}

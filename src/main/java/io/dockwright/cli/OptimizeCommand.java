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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.optimize.verification.BuildAndVerify;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.VerdictFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dockwright optimize FILE [--context DIR] [-o OUT] [--explain] [--json] [--build-arg K=V]... [--target T]}. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Rewrites a Dockerfile into a lean multi-stage one and lists the changes.",
                "Exit 0: a result was written (with --verify: verified equivalent); 3: the file was left unchanged (the reason"
                        + " on stderr); 4: --verify: the rewrite differs (not written unless --write-unverified); 5: --verify: not"
                        + " checked (no engine, the original does not build, a check could not decide; the reason on stderr);"
                        + " 1: unreadable input."})
public final class OptimizeCommand implements Callable<Integer> {
    static final int DIFFERS = 4;
    static final int NOT_CHECKED = 5;

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

    @Option(names = "--build-arg", paramLabel = "K=V", description = "a build argument the build will get (what FROM ${ARG} resolves to); repeatable")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--target", paramLabel = "T", description = "the stage the build targets (default: the last)")
    String target;

    /** A mixin here (compare has it as a group): picocli's annotation processor refuses one ArgGroup class in two commands. */
    @Mixin
    VerifyOptions verification = new VerifyOptions();

    @Option(names = "--network", paramLabel = "MODE", description = "--verify: network of the builds and of the HTTP probe's"
            + " containers: the engine's default (as docker build), host, none, or a network's name")
    String network;

    @Option(names = "--engine", description = "--verify: engine endpoint (e.g. unix:///var/run/docker.sock); default: discovered")
    String engine;

    @Option(names = "--write-unverified", description = "--verify: write the rewrite even when it differs or was not checked")
    boolean writeUnverified;

    @Option(names = "--tag-prefix", description = "--verify: the builds are tagged PREFIX:original and PREFIX:optimized"
            + " (default: ${DEFAULT-VALUE})", defaultValue = "dockwright-optimize")
    String tagPrefix;

    @ParentCommand
    Cli cli;

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
        try {
            verification.validate();
        } catch (IllegalArgumentException e) {
            err.println("dockwright optimize: " + e.getMessage());
            err.flush();
            return 2;
        }
        Path dir = context != null ? context : file.toAbsolutePath().getParent();
        OptimizationResult result = new Optimizer().optimize(text, dir, file.getFileName().toString(),
                new OptimizerOptions(table, nonRoot, true).withBuild(target, buildArgs));
        if (!json) report(result, err);
        if (!result.changed()) {
            if (json) print(out, OptimizeJson.render(result, file.toString()), null);
            err.println("dockwright optimize: " + file + " left unchanged: " + result.unchangedReason());
            err.flush();
            return 3;
        }
        Verdict verdict = null;
        int status = 0;
        if (verification.wanted()) {
            BuildAndVerify.Result checked;
            try {
                checked = OptimizeVerification.run(text, result.text(), new OptimizeVerification.Setup(dir, target, buildArgs,
                        network, engine, tagPrefix, verbosity.verbose, cli == null ? HostEnvironment.current() : cli.env()),
                        verification, err, json);
            } catch (EngineUnavailableException e) {
                checked = new BuildAndVerify.Result(null, null, null, "no Docker engine answered: " + e.getMessage());
            }
            verdict = checked.verdict();
            status = verdictStatus(checked, err);
        } else {
            err.println("unverified: the rewrite was not built or run (--verify builds both variants and compares them)");
        }
        if (json) print(out, OptimizeJson.render(result, file.toString()), verdict);
        if (status != 0 && !writeUnverified) {
            err.println("dockwright optimize: not written (--write-unverified writes it anyway)");
            err.flush();
            return status;
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
        return status;
    }

    /** 0 when verified; else prints the verdict or why there is none and returns 4 (differs) or 5 (not checked). */
    private static int verdictStatus(BuildAndVerify.Result checked, PrintWriter err) {
        Verdict v = checked.verdict();
        if (v == null) {
            err.println("dockwright optimize: not verified: " + checked.stopped());
            return NOT_CHECKED;
        }
        err.print(new VerdictFormatter().text(v));
        err.println(switch (v.outcome()) {
            case EQUIVALENT -> "verified: the rewrite's image did the same in every check above";
            case DIFFERS -> "dockwright optimize: the rewrite differs from the original";
            case NOT_CHECKED -> "dockwright optimize: not verified: " + v.summary();
        });
        return switch (v.outcome()) {
            case EQUIVALENT -> 0;
            case DIFFERS -> DIFFERS;
            case NOT_CHECKED -> NOT_CHECKED;
        };
    }

    /** The optimizer's JSON, with the verdict under {@code verification} when there is one, else marked unverified. */
    private static void print(PrintWriter out, String json, Verdict verdict) {
        if (verdict != null) {
            out.print(VerifyOptions.json(json, verdict));
        } else {
            try {
                var mapper = new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
                var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
                if (!root.has("verification")) root.putObject("verification").put("status", "unverified");
                out.print(mapper.writeValueAsString(root) + "\n");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        out.flush();
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
        if (result.changed()) err.println(result.summary());
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

package io.dockwright.cli;

import io.dockwright.compare.Comparison;
import io.dockwright.compare.ComparisonFormatter;
import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildFailedException;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EndpointOrigin;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.images.ImageSource;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.packages.PackageInventory;
import io.dockwright.engine.images.report.ContentsJson;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.builds.DockerfileOutline;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.VerdictFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright compare}: builds the original and the optimized Dockerfile and compares the images. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Builds two Dockerfiles on a real engine and compares image sizes and layers.",
                "With --verify, also runs both images in throw-away containers and compares what they do."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both built (with --verify: and verified equivalent)", "1:a build failed", "2:bad arguments",
                "4:no Docker engine answered", "5:--verify: the optimized image differs", "6:--verify: not checked (the reason is printed)"})
public final class CompareCommand implements Callable<Integer> {
    static final int BUILD_FAILED = 1;
    static final int NO_ENGINE = 4;
    static final int DIFFERS = 5;
    static final int NOT_CHECKED = 6;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Option(names = "--original", required = true, description = "The original Dockerfile.")
    Path original;

    @Option(names = "--optimized", required = true, description = "The optimized Dockerfile.")
    Path optimized;

    @Option(names = "--context", required = true, description = "The build context folder.")
    Path context;

    @Option(names = "--target", description = "Target stage (both builds).")
    String target;

    @Option(names = "--build-arg", description = "Build argument K=V (repeatable).")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--network", description = "Network mode for RUN steps and for the HTTP probe's containers: default"
            + " (the engine's, as docker build; the default), host (an engine without a bridge network), none, or a network's name.")
    String network;

    @Option(names = "--no-cache", description = "Build without the engine's cache.")
    boolean noCache;

    @Option(names = "--parallel", description = "Build both at once instead of one after the other.")
    boolean parallel;

    @Option(names = "--backend", description = "auto, api or buildkit (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String backend;

    @Option(names = "--engine", description = "Engine endpoint (e.g. unix:///var/run/docker.sock); default: discovered.")
    String engine;

    @Option(names = "--tag-prefix", description = "Images are tagged PREFIX:original and PREFIX:optimized (default: ${DEFAULT-VALUE}).",
            defaultValue = "dockwright-compare")
    String tagPrefix;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--files", description = "Also read both images and diff their files and packages (see 'dockwright diff').")
    boolean files;

    @Option(names = {"-v", VerboseOption.NAME}, description = "Stream build logs to stderr (and write debug messages to the log).")
    boolean verbose;

    @ArgGroup(exclusive = false, heading = "%nVerification (after both builds):%n")
    VerifyOptions verification = new VerifyOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BackendChoice choice;
        String originalText;
        String optimizedText;
        try {
            choice = switch (backend.toLowerCase()) {
                case "auto" -> BackendChoice.AUTO;
                case "api" -> BackendChoice.ENGINE_API;
                case "buildkit" -> BackendChoice.BUILDKIT_CLI;
                default -> throw new IllegalArgumentException("--backend must be auto, api or buildkit, not " + backend);
            };
            if (!Files.isDirectory(context)) throw new IllegalArgumentException("--context is not a folder: " + context);
            verification.validate();
            originalText = Files.readString(original, StandardCharsets.UTF_8);
            optimizedText = Files.readString(optimized, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | IOException e) {
            err.println("dockwright compare: " + (e instanceof IOException ? "cannot read " + e.getMessage() : e.getMessage()));
            return 2;
        }
        try (EngineSession session = new EngineSession(new EngineDiscovery(
                EngineDiscovery.standardLocators(engine, EndpointOrigin.commandLine()), new EngineConnector()),
                cli == null ? HostEnvironment.current() : cli.env());
             PooledExecutor executor = new PooledExecutor(parallel ? 2 : 1, "compare")) {
            EngineStatus status = session.status();
            EngineCommand.warnSkipped(err, "dockwright compare", session.unusable(), status);
            if (!json) err.println("Engine: " + status.summary());
            BuildService service = new BuildService(executor, session, new ApiBuildBackend(session, new ContextPacker()),
                    new CliBuildBackend(session, BuildKitCli.standard(null)), new ImageAnalyzer());
            BuildHandle a = service.start(variant("original", originalText), choice, listener("original", err));
            BuildHandle b = service.start(variant("optimized", optimizedText), choice, listener("optimized", err));
            Comparison comparison = new Comparison(await(a, original), await(b, optimized));
            ComparisonFormatter formatter = new ComparisonFormatter();
            ImageDiff diff = files ? fileDiff(session, comparison) : null;
            Verdict verdict = !verification.wanted() ? null : verification.run(session, comparison,
                    DockerfileOutline.of(originalText).externalBase(target, buildArgs),
                    DockerfileOutline.of(optimizedText).externalBase(target, buildArgs), optimizedText, network, json ? null : err);
            out.print(json ? json(formatter, comparison, diff, verdict) : text(formatter, comparison, diff, verdict));
            out.flush();
            if (verdict == null) return 0;
            return switch (verdict.outcome()) {
                case EQUIVALENT -> 0;
                case DIFFERS -> DIFFERS;
                case NOT_CHECKED -> NOT_CHECKED;
            };
        } catch (ImageReadException | IOException e) {
            err.println("dockwright compare: reading the images' files failed: " + e.getMessage());
            return BUILD_FAILED;
        } catch (EngineUnavailableException e) {
            err.println("dockwright compare: " + e.getMessage());
            return NO_ENGINE;
        } catch (BuildFailed e) {
            err.println("dockwright compare: " + e.getMessage());
            return BUILD_FAILED;
        }
    }

    private static String json(ComparisonFormatter formatter, Comparison c, ImageDiff diff, Verdict verdict) throws IOException {
        String text = formatter.json(c);
        if (diff != null) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            node.set("files", ContentsJson.diff(diff, true, 50));
            text = ContentsJson.pretty(node);
        }
        return verdict == null ? text : VerifyOptions.json(text, verdict);
    }

    private static String text(ComparisonFormatter formatter, Comparison c, ImageDiff diff, Verdict verdict) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        w.print(formatter.table(c));
        if (diff != null) {
            w.println();
            DiffCommand.print(w, diff, true, 20);
        }
        if (verdict != null) w.print("\n" + new VerdictFormatter().text(verdict));
        w.flush();
        return buffer.toString();
    }

    /** Reads both built images (layers mapped by the builds' own Dockerfile lines) and diffs their files. */
    private static ImageDiff fileDiff(EngineSession session, Comparison c) throws ImageReadException, EngineUnavailableException {
        ReadOptions options = PackageInventory.captureFor(ReadOptions.defaults().withDigests(true));
        ImageReader reader = new ImageReader();
        var http = session.connection().http();
        ImageContents a = reader.read(new ImageSource.Engine(http, c.original().imageId()),
                options.withAttribution(Attribution.of(c.original().layers())), ReadListener.NONE);
        ImageContents b = reader.read(new ImageSource.Engine(http, c.optimized().imageId()),
                options.withAttribution(Attribution.of(c.optimized().layers())), ReadListener.NONE);
        return ImageDiff.of(a, b, null);
    }

    private BuildVariant variant(String label, String text) {
        return new BuildVariant(label, text, context, target, buildArgs, network, noCache, tagPrefix + ":" + label);
    }

    private BuildListener listener(String label, PrintWriter err) {
        return new BuildListener() {
            @Override
            public void onLog(String line) {
                if (verbose) {
                    err.println("[" + label + "] " + line);
                    err.flush();
                }
            }

            @Override
            public void onContext(long size, String warning) {
                if (warning != null) {
                    err.println("[" + label + "] warning: " + warning);
                    err.flush();
                }
            }
        };
    }

    private static BuildResult await(BuildHandle handle, Path file) throws BuildFailed {
        try {
            return handle.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String where = file.toString();
            String why = String.valueOf(cause);
            if (cause instanceof BuildFailedException f) {
                where += f.line() > 0 ? ":" + f.line() : "";
                why = f.line() > 0 ? f.instruction() + ": " + f.getMessage() : f.getMessage();
            }
            throw new BuildFailed("building " + handle.variant().label() + " failed: " + where + ": " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            throw new BuildFailed("interrupted");
        }
    }

    private static final class BuildFailed extends Exception {
        BuildFailed(String message) {
            super(message);
        }
    }
}

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
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.ImageAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright compare}: builds the original and the optimized Dockerfile and compares the images. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Builds two Dockerfiles on a real engine and compares image sizes and layers.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both built", "1:a build failed", "2:bad arguments", "4:no Docker engine answered"})
public final class CompareCommand implements Callable<Integer> {
    static final int BUILD_FAILED = 1;
    static final int NO_ENGINE = 4;

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

    @Option(names = "--network", description = "Network mode for RUN steps: default (the engine's, as docker build; the"
            + " default), host (an engine without a bridge network), none, or a network's name.")
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

    @Option(names = {"-v", VerboseOption.NAME}, description = "Stream build logs to stderr (and write debug messages to the log).")
    boolean verbose;

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
            out.print(json ? formatter.json(comparison) : formatter.table(comparison));
            out.flush();
            return 0;
        } catch (EngineUnavailableException e) {
            err.println("dockwright compare: " + e.getMessage());
            return NO_ENGINE;
        } catch (BuildFailed e) {
            err.println("dockwright compare: " + e.getMessage());
            return BUILD_FAILED;
        }
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

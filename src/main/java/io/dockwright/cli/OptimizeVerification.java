package io.dockwright.cli;

import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EndpointOrigin;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.optimize.verification.BuildAndVerify;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@code optimize --verify}: both variants built on the engine and the rewrite verified against the original. */
final class OptimizeVerification {
    private OptimizeVerification() {}

    /** What the builds need beyond the two texts. */
    record Setup(Path context, String target, Map<String, String> buildArgs, String network, String engine, String tagPrefix,
                 boolean verbose, HostEnvironment env) {}

    /** Builds and verifies; progress and build logs (when verbose) go to {@code err}. */
    static BuildAndVerify.Result run(String originalText, String optimizedText, Setup s, VerifyOptions verify, PrintWriter err,
                                     boolean quiet) throws EngineUnavailableException {
        try (EngineSession session = new EngineSession(new EngineDiscovery(
                EngineDiscovery.standardLocators(s.engine(), EndpointOrigin.commandLine()), new EngineConnector()), s.env());
             PooledExecutor executor = new PooledExecutor(1, "optimize-verify")) {
            EngineStatus status = session.status();
            if (!quiet) err.println("Engine: " + status.summary());
            BuildService builds = new BuildService(executor, session, new ApiBuildBackend(session, new ContextPacker()),
                    new CliBuildBackend(session, BuildKitCli.standard(null)), new ImageAnalyzer());
            BuildAndVerify service = new BuildAndVerify(session, builds, new ContainerRunner(session, new Leftovers("verify")),
                    new ImageAnalyzer(), Clock.systemUTC());
            BuildAndVerify.Input in = new BuildAndVerify.Input(originalText, optimizedText, s.context(), s.target(), s.buildArgs(),
                    s.network(), BackendChoice.AUTO, s.tagPrefix(), verify.probes(), List.of(), verify.options(s.network()));
            return VerifyOptions.cancellable(cancel -> service.run(in, (label, line) -> {
                if (s.verbose()) {
                    err.println("[" + label + "] " + line);
                    err.flush();
                }
            }, VerifyOptions.listener(quiet ? null : err), cancel));
        }
    }
}

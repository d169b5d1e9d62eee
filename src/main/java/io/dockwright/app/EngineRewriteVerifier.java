package io.dockwright.app;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.result.ImageAnalyzer;
import io.dockwright.optimize.verification.BuildAndVerify;
import io.dockwright.optimize.verification.ProbeStore;
import io.dockwright.optimize.verification.Probes;
import io.dockwright.optimize.verification.VerificationListener;
import io.dockwright.optimize.verification.VerificationOptions;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.optimize.RewriteVerifier;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's Verify: both variants built on the Build page's engine and backend, tagged
 * {@code dockwright-verify:original|optimized}, and verified with the probes kept for the Dockerfile.
 */
final class EngineRewriteVerifier implements RewriteVerifier {
    private final EngineAccess access;
    private final Supplier<String> endpoint;
    private final BuildViewModel build;
    private final ProbeStore probes;
    private final Clock clock;

    EngineRewriteVerifier(EngineAccess access, Supplier<String> endpoint, BuildViewModel build, ProbeStore probes, Clock clock) {
        this.access = access;
        this.endpoint = endpoint;
        this.build = build;
        this.probes = probes;
        this.clock = clock;
    }

    @Override
    public BuildAndVerify.Result verify(Request r, VerificationListener listener, CancelToken cancel) throws Exception {
        listener.onProgress("connecting to the engine");
        BuildService service = access.ready(endpoint.get());
        EngineSession session = access.engineSession(endpoint.get());
        Probes kept = r.dockerfile() == null ? Probes.NONE : probes.load(r.dockerfile()).probes();
        BuildAndVerify run = new BuildAndVerify(session, service, new ContainerRunner(session, new Leftovers("verify")),
                new ImageAnalyzer(), clock);
        BuildAndVerify.Input in = new BuildAndVerify.Input(r.original(), r.optimized(), r.context(), r.target(), r.buildArgs(),
                r.network(), build.backendProperty().get(), "dockwright-verify", kept, List.of(),
                VerificationOptions.DEFAULTS.withHttpNetwork(r.network()));
        return run.run(in, (label, line) -> { }, listener, cancel);
    }
}

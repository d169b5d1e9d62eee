package io.dockwright.ui.optimize;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.optimize.verification.BuildAndVerify;
import io.dockwright.optimize.verification.VerificationListener;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the Optimize page's Verify runs, blocking, off the FX thread: the app builds both variants on the engine
 * and verifies the rewrite ({@link BuildAndVerify}), with the probes kept for the Dockerfile.
 */
public interface RewriteVerifier {
    /**
     * @param dockerfile the open file (its probes), or null
     * @param context    the build context folder
     * @param network    the builds' network (null: the engine's default)
     */
    record Request(String original, String optimized, Path dockerfile, Path context, String target, Map<String, String> buildArgs,
                   String network) {
        public Request {
            buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
        }
    }

    /** The target, build arguments and network the Build page builds with. */
    record Build(String target, Map<String, String> buildArgs, String network) {}

    BuildAndVerify.Result verify(Request request, VerificationListener listener, CancelToken cancel) throws Exception;
}

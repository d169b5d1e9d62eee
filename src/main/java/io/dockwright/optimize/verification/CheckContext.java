package io.dockwright.optimize.verification;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.result.ImageConfig;

/** What a {@link Check} works with: the request, the images' configs, the container runner, cancel and progress. */
public final class CheckContext {
    private final VerificationRequest request;
    private final VerificationOptions options;
    private final ContainerRunner runner;
    private final ImageConfig original;
    private final ImageConfig optimized;
    private final ImageConfig originalBase;
    private final ImageConfig optimizedBase;
    private final CancelToken cancel;
    private final VerificationListener listener;

    public CheckContext(VerificationRequest request, VerificationOptions options, ContainerRunner runner, ImageConfig original,
                 ImageConfig optimized, ImageConfig originalBase, ImageConfig optimizedBase, CancelToken cancel,
                 VerificationListener listener) {
        this.request = request;
        this.options = options;
        this.runner = runner;
        this.original = original;
        this.optimized = optimized;
        this.originalBase = originalBase;
        this.optimizedBase = optimizedBase;
        this.cancel = cancel;
        this.listener = listener;
    }

    public VerificationRequest request() { return request; }

    public VerificationOptions options() { return options; }

    public ContainerRunner runner() { return runner; }

    public ImageConfig original() { return original; }

    public ImageConfig optimized() { return optimized; }

    /** The original's base image config, or null when unknown or not on the engine. */
    public ImageConfig originalBase() { return originalBase; }

    /** The optimized image's base image config, or null when unknown or not on the engine. */
    public ImageConfig optimizedBase() { return optimizedBase; }

    public CancelToken cancel() { return cancel; }

    public void progress(String message) {
        listener.onProgress(message);
    }

    /** A difference, or an intended one when the request declares it for {@code checkId} and {@code subject}. */
    public Finding difference(String checkId, String subject, String originalSide, String optimizedSide) {
        for (Intended i : request.intended()) {
            if (i.covers(checkId, subject)) {
                return new Finding(Finding.Kind.INTENDED, subject, originalSide, optimizedSide, i.reason());
            }
        }
        return Finding.difference(subject, originalSide, optimizedSide);
    }
}

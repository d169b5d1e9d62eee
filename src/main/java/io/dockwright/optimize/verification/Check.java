package io.dockwright.optimize.verification;

/**
 * One comparison of the two images. The {@link Verifier} runs the standard checks and any given to it (the
 * file check of the image contents plugs in here), one after the other.
 */
public interface Check {
    /** Stable id, e.g. {@code files}; the key of {@link Intended} and of the result. */
    String id();

    String title();

    /**
     * Compares the images of {@code context}. Throws {@link io.dockwright.engine.containers.EngineLostException}
     * when the engine went away (the verification stops); any other exception makes this check NOT_CHECKED with
     * its message, and the others still run.
     */
    CheckResult run(CheckContext context) throws Exception;
}

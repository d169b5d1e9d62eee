package io.dockwright.optimize;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Position;
import io.dockwright.optimize.passes.Passes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a Dockerfile into a leaner one: splits single-stage builds into builder and runtime stages and
 * runs the smaller passes. Edits are made by spans of the lossless tree, so untouched text stays byte for byte.
 * Never throws: bad input gives an unchanged result with the reason. The result is unverified
 * ({@link VerificationStatus#NOT_RUN}): the optimizer reads text and builds nothing.
 */
public final class Optimizer {
    private static final Logger LOG = LoggerFactory.getLogger(Optimizer.class);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");
    private final List<Pass> passes = Passes.standard();

    /**
     * @param text       the Dockerfile
     * @param contextDir the build context folder, or null when unknown
     * @param dockerfileName the Dockerfile's file name (for the proposed .dockerignore), or null
     */
    public OptimizationResult optimize(String text, Path contextDir, String dockerfileName, OptimizerOptions options) {
        String input = text == null ? "" : text;
        OptimizerOptions opts = options == null ? OptimizerOptions.defaults() : options;
        try {
            return run(input, contextDir, dockerfileName, opts);
        } catch (RuntimeException e) { // a bug must not lose the user's text
            LOG.error("The optimizer failed; the file is left as it was", e);
            return unchanged(input, "the optimizer failed on this file (" + e + "); the file is left as it was");
        }
    }

    public OptimizationResult optimize(String text, Path contextDir) {
        return optimize(text, contextDir, "Dockerfile", OptimizerOptions.defaults());
    }

    private OptimizationResult run(String text, Path contextDir, String name, OptimizerOptions opts) {
        if (text.isBlank()) return unchanged(text, "the Dockerfile is empty");
        Source original = new Source(text, opts.build());
        Optional<String> refusal = refusal(original);
        if (refusal.isPresent()) return unchanged(text, refusal.get());
        ProjectContext ctx = ProjectContext.scan(contextDir);
        PassRun run = new PassRun(original, opts);
        for (Pass pass : passes) run.apply(pass, ctx);
        String ignore = run.propose(opts.proposeDockerignore() ? DockerignoreProposal.propose(ctx, name) : null);
        return run.result(ignore);
    }

    /** Why the file cannot be optimized as it is (it does not parse, has no stage, needs a build argument), if so. */
    private static Optional<String> refusal(Source original) {
        Optional<Diagnostic> error = PassRun.firstError(original);
        if (error.isPresent()) {
            Position p = original.df.position(error.get().span().start());
            String at = "line " + p.line() + ", column " + p.column();
            return Optional.of(missingBuildArgument(original, error.get())
                    .map(arg -> "the base image on " + at + " is the build argument " + arg + ", which has no default and no"
                            + " --build-arg gives one; pass --build-arg " + arg + "=IMAGE to optimize it")
                    .orElse("the Dockerfile does not parse (" + at + ": " + error.get().message() + "); fix it first"));
        }
        if (original.graph.stages().isEmpty()) return Optional.of("the Dockerfile has no FROM instruction");
        return Optional.empty();
    }

    /** The ARG a FROM needs when the error is its empty base name ({@code FROM ${IMAGE}} without a value). */
    private static Optional<String> missingBuildArgument(Source src, Diagnostic error) {
        if (!"empty-base".equals(error.code())) return Optional.empty();
        String word = src.text.substring(error.span().start(), error.span().end());
        Matcher m = VARIABLE.matcher(word);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static OptimizationResult unchanged(String text, String reason) {
        return new OptimizationResult(text, text, List.of(), List.of(), List.of(), reason, null);
    }
}

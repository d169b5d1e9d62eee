package io.dockwright.optimize.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Builds an example project's original Dockerfile on the real engine (network host, the manifest's build args and
 * target) and checks the image against its manifest, then hands the still-present image to further
 * {@link ProjectStep}s before removing it.
 */
public final class ExampleHarness {
    private final EngineFixture engine;
    private final ExampleRunner runner;

    /**
     * Extension point for the proof of #14: what runs on a project once its original is built and has passed its
     * check. The optimizer's proof adds a step that optimizes {@code project.dockerfileText()} with verification
     * (build args {@code project.buildArgs()}, target {@code project.target()}, the probe from
     * {@code project.check()}), builds the rewrite and checks it with {@link #check} as the original was.
     */
    @FunctionalInterface
    public interface ProjectStep {
        void run(ExampleProject project, BuildResult original, ExampleHarness harness) throws Exception;
    }

    /** The original's build and what its check observed, for reports. */
    public record Outcome(ExampleProject project, BuildResult original, double buildSeconds, String observed) { }

    public ExampleHarness(EngineFixture engine) throws EngineUnavailableException {
        this.engine = engine;
        this.runner = new ExampleRunner(engine.session.connection().client(), Duration.ofMinutes(2), Duration.ofMinutes(2));
    }

    public EngineFixture engine() {
        return engine;
    }

    public Outcome run(ExampleProject project, List<ProjectStep> steps) throws Exception {
        engine.assumeImages(project.bases().toArray(String[]::new));
        BuildResult original = build(project, "original", project.dockerfileText());
        try {
            String observed = check(project, original.imageId());
            for (ProjectStep step : steps) step.run(project, original, this);
            return new Outcome(project, original, original.buildSeconds(), observed);
        } finally {
            engine.session.connection().client().removeImageCmd(original.tag()).withForce(true).exec();
        }
    }

    /** Builds {@code dockerfileText} in the project's folder as the manifest says; the image is tagged under the fixture. */
    public BuildResult build(ExampleProject project, String label, String dockerfileText) throws Exception {
        String name = project.name() + "-" + label;
        BuildVariant variant = new BuildVariant(name, dockerfileText, project.dir(), project.target(), project.buildArgs(),
                "host", false, engine.tag(name));
        return engine.service.start(variant, BackendChoice.AUTO, BuildListener.NONE).result().get(20, TimeUnit.MINUTES);
    }

    /** Runs the manifest's check on an image; fails with what was seen; returns a one-line account of it. */
    public String check(ExampleProject project, String imageId) throws Exception {
        if (project.check() instanceof ExampleCheck.Http http) return checkHttp(project, imageId, http);
        return checkOutput(project, imageId, (ExampleCheck.Output) project.check());
    }

    private String checkOutput(ExampleProject project, String imageId, ExampleCheck.Output check) throws Exception {
        ExampleRunner.Run run = runner.run(imageId, check);
        String context = project.name() + "\nstdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr();
        assertFalse(run.timedOut(), "did not exit in time: " + context);
        assertEquals(check.exitCode(), run.exitCode(), "exit code of " + context);
        assertEquals(check.stdout(), run.stdout().strip(), "stdout of " + context);
        return "exit " + run.exitCode() + ", stdout " + firstLine(run.stdout());
    }

    private String checkHttp(ExampleProject project, String imageId, ExampleCheck.Http check) throws Exception {
        ExampleRunner.Answer answer = runner.serve(imageId, check);
        String context = project.name() + " GET " + check.path() + "\nbody:\n" + answer.body() + "\nlogs:\n" + answer.logs();
        assertEquals(check.status(), answer.status(), "status of " + context);
        assertTrue(answer.body().contains(check.bodyContains()), "body fragment " + check.bodyContains() + " in " + context);
        if (check.volatilePattern() != null) {
            Matcher m = check.volatilePattern().matcher(answer.body());
            assertTrue(m.find(), "the volatile pattern matches something in " + context);
            assertNotNull(answer.secondBody());
            assertEquals(mask(check, answer.body()), mask(check, answer.secondBody()),
                    "two answers differ outside the volatile parts: " + context);
        }
        return "HTTP " + answer.status() + " on :" + check.port() + check.path() + ", " + answer.body().length() + " bytes";
    }

    private static String mask(ExampleCheck.Http check, String body) {
        return check.volatilePattern().matcher(body).replaceAll("<volatile>");
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " ...";
    }
}

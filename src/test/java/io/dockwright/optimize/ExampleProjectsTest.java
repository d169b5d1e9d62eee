package io.dockwright.optimize;

import io.dockwright.engine.EngineFixture;
import io.dockwright.optimize.examples.ExampleHarness;
import io.dockwright.optimize.examples.ExampleProject;
import io.dockwright.optimize.examples.ExampleProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof that every example project's ORIGINAL Dockerfile works on the real engine: it builds (network host, the
 * manifest's build args and target) and its image passes the manifest's check (stdout and exit code with network
 * none, or an HTTP probe on the host network, one project at a time). The build times are printed and written to
 * target/example-projects.tsv. The optimizer's proof reuses {@link ExampleHarness} with a
 * {@link ExampleHarness.ProjectStep} of its own.
 */
class ExampleProjectsTest {
    private static EngineFixture engine;
    private static final List<ExampleHarness.Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void connect() {
        engine = EngineFixture.connectOrSkip(1);
    }

    @AfterAll
    static void report() throws IOException {
        if (engine != null) engine.close();
        StringBuilder tsv = new StringBuilder("project\tstack\tbuild_seconds\tsize_bytes\tobserved\n");
        double total = 0;
        for (ExampleHarness.Outcome o : OUTCOMES) {
            total += o.buildSeconds();
            tsv.append(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%d\t%s%n", o.project().name(), o.project().stack(),
                    o.buildSeconds(), o.original().sizeBytes(), o.observed()));
        }
        System.out.print(tsv);
        System.out.printf(Locale.ROOT, "example-projects: %d originals built and checked, %.0f s of builds%n", OUTCOMES.size(), total);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "example-projects.tsv"), tsv);
    }

    @TestFactory
    Stream<DynamicTest> everyOriginalBuildsAndPassesItsCheck() throws Exception {
        ExampleHarness harness = new ExampleHarness(engine);
        return ExampleProjects.all().stream().filter(p -> p.missingBases() == null).filter(ExampleProjectsTest::selected)
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> run(harness, p)));
    }

    /** -Ddockwright.examples=a,b runs only those projects (for working on one; CI runs all). */
    private static boolean selected(ExampleProject p) {
        String only = System.getProperty("dockwright.examples", "").strip();
        return only.isEmpty() || List.of(only.split("\\s*,\\s*")).contains(p.name());
    }

    private static void run(ExampleHarness harness, ExampleProject project) throws Exception {
        ExampleHarness.Outcome outcome = harness.run(project, List.of());
        synchronized (OUTCOMES) {
            OUTCOMES.add(outcome);
        }
        System.out.printf(Locale.ROOT, "example %s: built in %.1f s, %d bytes; %s%n", project.name(), outcome.buildSeconds(),
                outcome.original().sizeBytes(), outcome.observed());
    }
}

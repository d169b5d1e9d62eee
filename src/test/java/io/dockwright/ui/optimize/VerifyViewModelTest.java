package io.dockwright.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.RunHistory;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.Optimizer;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.verification.BuildAndVerify;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.VerificationListener;
import io.dockwright.ui.build.BuildViewModel;
import io.dockwright.ui.build.EngineAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Optimize page's verification state without a toolkit: the real optimizer on the guide's example, and a
 * stand-in for the engine work (the engine side has its own tests) that answers with a given verdict and records
 * what it was asked to build.
 */
class VerifyViewModelTest {
    private static final Path GUIDE = Path.of("assets/examples/python-guide/Dockerfile");
    @TempDir Path dir;
    private final SynchronousExecutor ex = new SynchronousExecutor();
    private final List<RewriteVerifier.Request> asked = new ArrayList<>();
    private BuildAndVerify.Result answer;
    private OptimizeViewModel optimize;
    private VerifyViewModel vm;

    @BeforeEach
    void setUp() {
        EngineAccess access = new EngineAccess(ex, new HostEnvironment(Map.of(), dir), new EngineConnector(Duration.ofSeconds(1)));
        BuildViewModel build = new BuildViewModel(ex, access, new RunHistory(dir.resolve("history")), () -> "", r -> { });
        optimize = new OptimizeViewModel(ex, new Optimizer(), OptimizerOptions::defaults, build);
        RewriteVerifier verifier = (RewriteVerifier.Request request, VerificationListener listener, CancelToken cancel) -> {
            asked.add(request);
            listener.onProgress("building the original");
            return answer;
        };
        vm = new VerifyViewModel(ex, verifier, optimize, () -> new RewriteVerifier.Build("app", Map.of("V", "1"), "host"));
    }

    private static Verdict verdict(Outcome outcome, String summary, CheckResult... checks) {
        return new Verdict(outcome, summary, "sha256:a", "sha256:b", "2026-12-07T18:00:00Z", 1200, List.of(checks));
    }

    private void optimizeGuide() throws Exception {
        optimize.optimize(Files.readString(GUIDE), GUIDE);
        assertTrue(optimize.hasRewrite());
    }

    @Test
    void unverifiedUntilVerifiedAndNothingToVerifyBeforeOptimizing() {
        assertEquals(VerifyViewModel.UNVERIFIED, vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Unverified"));
        assertNull(vm.outcomeProperty().get());
        vm.verify();
        assertEquals("Nothing to verify: optimize first.", vm.statusProperty().get());
        assertEquals(List.of(), asked);
    }

    @Test
    void aDifferingFileCheckIsShownAndItsRowPointsAtTheLineThatWroteTheFile() throws Exception {
        optimizeGuide();
        CheckResult files = CheckResult.compared("files", "Files the runtime can reach", "1 reachable paths missing or changed: /app/run.py",
                "both images exported and read", "type, size, ...", 10,
                List.of(new Finding(Finding.Kind.DIFFERENCE, "/app/run.py", "file, 120 B, mode 0644, owner 0:0", "(missing)",
                        "written by line 6: COPY . .")));
        answer = new BuildAndVerify.Result(null, null, verdict(Outcome.DIFFERS, "differs: Files the runtime can reach (1 reachable paths"
                + " missing or changed: /app/run.py)", files), null);
        vm.verify();
        RewriteVerifier.Request r = asked.get(0);
        assertEquals(optimize.originalProperty().get(), r.original());
        assertEquals(optimize.optimizedProperty().get(), r.optimized());
        assertEquals(GUIDE.toAbsolutePath().getParent(), r.context());
        assertEquals("app", r.target());
        assertEquals(Map.of("V", "1"), r.buildArgs());
        assertEquals("host", r.network());
        assertEquals(Outcome.DIFFERS, vm.outcomeProperty().get());
        assertEquals("Differs: Files the runtime can reach (1 reachable paths missing or changed: /app/run.py)", vm.statusProperty().get());
        assertEquals(2, vm.rows().size());
        VerifyRow check = vm.rows().get(0);
        assertEquals(VerifyRow.Kind.DIFFERS, check.kind());
        assertEquals("ran: both images exported and read\ncompared: type, size, ...", check.detail());
        VerifyRow row = vm.rows().get(1);
        assertEquals(VerifyRow.Kind.DIFFERENCE, row.kind());
        assertEquals("/app/run.py: file, 120 B, mode 0644, owner 0:0 → (missing)", row.text());
        assertEquals(6, row.originalLine());
        vm.select(row);
        assertEquals(new LineRange(6, 6), optimize.selectionProperty().get());
        assertEquals("", vm.progressProperty().get());
    }

    @Test
    void anEquivalentVerdictIsVerifiedUntilTheRewriteIsEdited() throws Exception {
        optimizeGuide();
        CheckResult config = CheckResult.compared("config", "Image config", "the same USER, WORKDIR, ...", "", "", 1, List.of());
        answer = new BuildAndVerify.Result(null, null, verdict(Outcome.EQUIVALENT, "equivalent: 1 checks found no difference", config), null);
        vm.verify();
        assertEquals(Outcome.EQUIVALENT, vm.outcomeProperty().get());
        assertEquals("Verified: 1 checks found no difference (both images built and run)", vm.statusProperty().get());
        optimize.optimizedProperty().set(optimize.optimizedProperty().get() + "\n# edited\n");
        assertNull(vm.outcomeProperty().get());
        assertEquals(List.of(), vm.rows());
        assertTrue(vm.statusProperty().get().startsWith("Unverified: the Dockerfile or its rewrite changed"), vm.statusProperty().get());
    }

    @Test
    void aRewriteThatDoesNotBuildPointsAtItsLineAndNoVerdictSaysWhy() throws Exception {
        optimizeGuide();
        CheckResult build = CheckResult.compared("build", "The rewrite builds", "the rewrite does not build: line 9: RUN x: failed", "", "", 0,
                List.of(new Finding(Finding.Kind.DIFFERENCE, "line 9", "builds", "fails: failed", "RUN x")));
        answer = new BuildAndVerify.Result(null, null, verdict(Outcome.DIFFERS, "differs: The rewrite builds (...)", build), null);
        vm.verify();
        VerifyRow row = vm.rows().get(1);
        assertEquals(9, row.optimizedLine());
        vm.select(row);
        assertEquals(new LineRange(9, 9), optimize.optimizedSelectionProperty().get());

        answer = new BuildAndVerify.Result(null, null, null, "the original does not build: line 3: RUN pip install: exit 1");
        vm.verify();
        assertNull(vm.outcomeProperty().get());
        assertEquals("Not verified: the original does not build: line 3: RUN pip install: exit 1", vm.statusProperty().get());
    }
}

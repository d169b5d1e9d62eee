package io.dockwright.optimize.verification.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.containers.CapturedStream;
import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.engine.containers.ContainerRun.Ending;
import io.dockwright.engine.containers.FileContent;
import io.dockwright.engine.result.ImageConfig;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import io.dockwright.optimize.verification.Intended;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.optimize.verification.Probes;
import io.dockwright.optimize.verification.VerificationListener;
import io.dockwright.optimize.verification.VerificationOptions;
import io.dockwright.optimize.verification.VerificationRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks' comparison rules without an engine: configs, accounts, runs and text diffs, on values made here. */
class CheckRulesTest {    private static final String PATH = ImageConfig.DEFAULT_PATH;

    private static ImageConfig config(String user, Map<String, String> env, String workdir, List<String> entrypoint, List<String> cmd,
                                      List<String> ports, String signal, String health) {
        return new ImageConfig("sha256:x", user, env, workdir, entrypoint, cmd, ports, List.of(), signal, health);
    }

    private static ImageConfig simple(String user, Map<String, String> env, List<String> cmd) {
        return config(user, env, "/app", List.of(), cmd, List.of(), "", "");
    }

    private static CheckContext ctx(ImageConfig a, ImageConfig b, ImageConfig base, List<Intended> intended) {
        return ctx(a, b, base, null, intended);
    }

    private static CheckContext ctx(ImageConfig a, ImageConfig b, ImageConfig baseA, ImageConfig baseB, List<Intended> intended) {
        VerificationRequest r = new VerificationRequest("a", "b", baseA == null ? null : "base:1", baseB == null ? null : "base:2",
                Probes.NONE, intended);
        return new CheckContext(r, VerificationOptions.DEFAULTS, null, a, b, baseA, baseB, CancelToken.none(), VerificationListener.NONE);
    }

    private static CheckResult config(ImageConfig a, ImageConfig b, ImageConfig base) {
        return new ConfigCheck().run(ctx(a, b, base, List.of()));
    }

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static List<String> subjects(CheckResult r, Finding.Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).map(Finding::subject).toList();
    }

    @Test
    void identicalConfigsAreEquivalentAndRootIsSpelledOneWay() {
        ImageConfig a = simple("", env("PATH", PATH), List.of("app"));
        CheckResult same = config(a, simple("0:0", env("PATH", PATH), List.of("app")), null);
        assertEquals(Outcome.EQUIVALENT, same.outcome(), same.toString());
        assertEquals(List.of(), same.findings());
        assertEquals(List.of("USER"), subjects(config(a, simple("1000", env("PATH", PATH), List.of("app")), null), Finding.Kind.DIFFERENCE));
    }

    @Test
    void pathMayGainEntriesButNotLoseOrReorderThem() {
        ImageConfig a = simple("", env("PATH", "/usr/local/bin:/usr/bin"), List.of("app"));
        CheckResult gains = config(a, simple("", env("PATH", "/opt/venv/bin:/usr/local/bin:/usr/bin"), List.of("app")), null);
        assertEquals(Outcome.EQUIVALENT, gains.outcome());
        assertEquals(List.of("ENV PATH"), subjects(gains, Finding.Kind.NOTE));
        CheckResult loses = config(a, simple("", env("PATH", "/usr/bin"), List.of("app")), null);
        assertEquals(List.of("ENV PATH"), subjects(loses, Finding.Kind.DIFFERENCE));
        assertEquals("lacks /usr/local/bin", loses.differences().get(0).note());
        CheckResult reorders = config(a, simple("", env("PATH", "/usr/bin:/usr/local/bin"), List.of("app")), null);
        assertEquals("the order changes which program a name runs", reorders.differences().get(0).note());
        CheckResult unset = config(simple("", env(), List.of("app")), simple("", env("PATH", PATH), List.of("app")), null);
        assertEquals(List.of(), unset.findings(), "no PATH is the engine's default PATH");
    }

    @Test
    void envInheritedFromTheOriginalsBaseMayGoButEnvTheDockerfileSetMayNot() {
        ImageConfig base = simple("", env("PATH", "/go/bin:" + PATH, "GOPATH", "/go"), List.of("bash"));
        ImageConfig a = simple("", env("PATH", "/go/bin:" + PATH, "GOPATH", "/go", "APP_MODE", "prod"), List.of("/app"));
        ImageConfig b = simple("", env("PATH", PATH), List.of("/app"));
        CheckResult r = config(a, b, base);
        assertEquals(List.of("ENV APP_MODE"), subjects(r, Finding.Kind.DIFFERENCE), r.toString());
        assertEquals(List.of("ENV PATH", "ENV GOPATH"), subjects(r, Finding.Kind.NOTE));
        assertTrue(r.findings().get(1).note().startsWith("set by the original's base image base:1, not by its Dockerfile"), r.toString());
        CheckResult strict = config(a, b, null);
        assertEquals(List.of("ENV PATH", "ENV GOPATH", "ENV APP_MODE"), subjects(strict, Finding.Kind.DIFFERENCE), "base unknown: all count");
    }

    @Test
    void aShellFormCommandTurnedIntoTheSameExecFormIsANote() {
        ImageConfig shell = simple("", env(), List.of("/bin/sh", "-c", "python app.py --port 80"));
        CheckResult exec = config(shell, simple("", env(), List.of("python", "app.py", "--port", "80")), null);
        assertEquals(Outcome.EQUIVALENT, exec.outcome(), exec.toString());
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(exec, Finding.Kind.NOTE));
        ImageConfig chained = simple("", env(), List.of("/bin/sh", "-c", "cd /app && python app.py"));
        CheckResult differs = config(chained, simple("", env(), List.of("cd", "/app", "&&", "python", "app.py")), null);
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(differs, Finding.Kind.DIFFERENCE));
        assertEquals("CMD [\"/bin/sh\", \"-c\", \"cd /app && python app.py\"]", differs.differences().get(0).original());
        ImageConfig split = config("", env(), "/app", List.of("python"), List.of("app.py"), List.of(), "", "");
        CheckResult moved = config(split, simple("", env(), List.of("python", "app.py")), null);
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(moved, Finding.Kind.NOTE), "same command, split otherwise");
    }

    @Test
    void anEntrypointTheRewritesBaseBringsIsANoteWhenTheCommandBehindItIsTheSame() {
        ImageConfig a = simple("", env(), List.of("java", "-jar", "app.jar"));
        ImageConfig jreBase = config("", env(), "", List.of("/__cacert_entrypoint.sh"), List.of("jshell"), List.of(), "", "");
        ImageConfig b = config("", env(), "/app", List.of("/__cacert_entrypoint.sh"), List.of("java", "-jar", "app.jar"), List.of(), "", "");
        CheckResult r = new ConfigCheck().run(ctx(a, b, null, jreBase, List.of()));
        assertEquals(Outcome.EQUIVALENT, r.outcome(), r.toString());
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(r, Finding.Kind.NOTE));
        CheckResult unknownBase = new ConfigCheck().run(ctx(a, b, null, null, List.of()));
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(unknownBase, Finding.Kind.DIFFERENCE), "not known to be the base's");
        ImageConfig other = config("", env(), "/app", List.of("/__cacert_entrypoint.sh"), List.of("java", "-jar", "b.jar"), List.of(), "", "");
        assertEquals(List.of("ENTRYPOINT/CMD"), subjects(new ConfigCheck().run(ctx(a, other, null, jreBase, List.of())),
                Finding.Kind.DIFFERENCE), "another command behind the wrapper");
    }

    @Test
    void portsSignalsAndHealthchecks() {
        ImageConfig a = config("", env(), "", List.of(), List.of("srv"), List.of("8080/tcp"), "15", "{\"Test\":[\"CMD\",\"true\"]}");
        ImageConfig same = config("root", env(), "/", List.of(), List.of("srv"), List.of("8080/tcp"), "SIGTERM", "{\"Test\":[\"CMD\",\"true\"]}");
        assertEquals(List.of(), config(a, same, null).findings(), "'' is /, 15 is SIGTERM");
        ImageConfig b = config("", env(), "", List.of(), List.of("srv"), List.of("9090/tcp"), "SIGINT", "");
        CheckResult r = config(a, b, null);
        assertEquals(List.of("EXPOSE 8080/tcp", "STOPSIGNAL", "HEALTHCHECK"), subjects(r, Finding.Kind.DIFFERENCE));
        assertEquals(List.of("EXPOSE 9090/tcp"), subjects(r, Finding.Kind.NOTE));
        assertEquals("EXPOSE 8080/tcp, STOPSIGNAL, HEALTHCHECK differ", r.summary());
    }

    @Test
    void aDeclaredIntendedDifferenceDoesNotFail() {
        ImageConfig a = simple("", env(), List.of("app"));
        ImageConfig b = simple("app", env(), List.of("app"));
        CheckResult r = new ConfigCheck().run(ctx(a, b, null, List.of(new Intended("config", "USER", "non-root"))));
        assertEquals(Outcome.EQUIVALENT, r.outcome());
        assertEquals(new Finding(Finding.Kind.INTENDED, "USER", "root", "app", "non-root"), r.findings().get(0));
        assertTrue(new Intended("files", "/usr/include", "headers").covers("files", "/usr/include/stdio.h"));
        assertTrue(!new Intended("files", "/usr/include", "headers").covers("files", "/usr/include2/x"));
    }

    private static Map<String, FileContent> files(String passwd, String group) {
        Map<String, FileContent> m = new LinkedHashMap<>();
        if (passwd != null) m.put("/etc/passwd", file("/etc/passwd", passwd));
        if (group != null) m.put("/etc/group", file("/etc/group", group));
        return m;
    }

    private static FileContent file(String path, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new FileContent(path, path, b, b.length);
    }

    private static final String BASE_PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
            + "games:x:5:60:games:/usr/games:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
    private static final String BASE_GROUP = "root:x:0:\ndaemon:x:1:\ngames:x:60:\nnogroup:x:65534:\n";

    private static CheckResult accounts(String user, Map<String, FileContent> a, Map<String, FileContent> b, Map<String, FileContent> base) {
        ImageConfig ca = simple(user, env(), List.of("app"));
        return new AccountsCheck().compare(ctx(ca, ca, null, List.of()), a, b, base, "read");
    }

    @Test
    void accountsTheDockerfileMadeMustStayAndTheBasesSystemAccountsMayGo() {
        Map<String, FileContent> base = files(BASE_PASSWD, BASE_GROUP);
        Map<String, FileContent> a = files(BASE_PASSWD + "app:x:1001:1001::/home/app:/bin/sh\n", BASE_GROUP + "app:x:1001:\n");
        Map<String, FileContent> slim = files("root:x:0:0:root:/root:/bin/bash\nnonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n",
                "root:x:0:\n");
        CheckResult r = accounts("app", a, slim, base);
        assertEquals(List.of("user app", "group app"), subjects(r, Finding.Kind.DIFFERENCE), r.toString());
        assertEquals(List.of("system users", "added users", "system groups"), subjects(r, Finding.Kind.NOTE));
        assertEquals("daemon, games, nobody", r.findings().get(1).original());
        assertEquals("nonroot", r.findings().get(2).optimized());
        assertEquals("app (uid 1001, gid 1001, home /home/app, shell /bin/sh)", r.differences().get(0).original());
        assertEquals("(missing)", r.differences().get(0).optimized());

        Map<String, FileContent> kept = files("root:x:0:0:root:/root:/bin/bash\napp:x:1001:1001::/home/app:/bin/sh\n",
                "root:x:0:\napp:x:1001:\n");
        CheckResult ok = accounts("app", a, kept, base);
        assertEquals(Outcome.EQUIVALENT, ok.outcome(), ok.toString());
        assertEquals("the same account to run as (app) and the same 1 users and 1 groups the original's Dockerfile made", ok.summary());

        Map<String, FileContent> noLogin = files("root:x:0:0:root:/root:/sbin/nologin\napp:x:1001:1001::/home/app:/bin/sh\n",
                "root:x:0:\napp:x:1001:\n");
        CheckResult shell = accounts("root", a, noLogin, base);
        assertEquals(Outcome.EQUIVALENT, shell.outcome(), shell.toString());
        assertEquals("only the login shell differs; a container's command does not use it", shell.findings().get(0).note());

        Map<String, FileContent> moved = files("root:x:0:0:root:/root:/bin/bash\napp:x:1001:1001::/srv:/bin/sh\n", "root:x:0:\napp:x:1001:\n");
        assertEquals(List.of("user app"), subjects(accounts("app", a, moved, base), Finding.Kind.DIFFERENCE), "home changed");
    }

    @Test
    void withoutTheBaseIdsFrom1000CountAndSoDoesTheAccountToRunAs() {
        Map<String, FileContent> a = files(BASE_PASSWD + "svc:x:1001:1001::/home/svc:/bin/sh\n", BASE_GROUP + "svc:x:1001:\n");
        Map<String, FileContent> b = files("root:x:0:0:root:/root:/bin/bash\n", "root:x:0:\n");
        CheckResult asDaemon = accounts("daemon", a, b, null);
        assertEquals(List.of("user daemon", "user svc", "group daemon", "group svc"), subjects(asDaemon, Finding.Kind.DIFFERENCE),
                asDaemon.toString());
        CheckResult byUid = accounts("1:1", a, b, null);
        assertTrue(subjects(byUid, Finding.Kind.DIFFERENCE).contains("user daemon"), "a numeric USER finds its account");
        CheckResult none = accounts("", files(null, null), files(null, null), null);
        assertEquals("neither image has /etc/passwd", none.summary());
        assertEquals(Outcome.EQUIVALENT, none.outcome());
    }

    private static ContainerRun run(Ending ending, Integer code, String out, String err) {
        return new ContainerRun(ending, code, new CapturedStream(out, out.length(), false), new CapturedStream(err, err.length(), false),
                1500, ending == Ending.START_FAILED ? err : null);
    }

    private static CheckResult runs(ContainerRun a, ContainerRun b) {
        ImageConfig c = simple("", env(), List.of("app"));
        return new RunComparison(ctx(c, c, null, List.of()), "default-command", "Default command", "ran").compare(a, b, "kept running");
    }

    @Test
    void runsThatKeepRunningAreNotCheckedAndTheirOutputOnlyNoted() {
        CheckResult both = runs(run(Ending.TIMED_OUT, null, "listening\n", ""), run(Ending.TIMED_OUT, null, "listening on\n", ""));
        assertEquals(Outcome.NOT_CHECKED, both.outcome());
        assertEquals("kept running", both.summary());
        assertEquals(List.of("stdout so far line 1"), subjects(both, Finding.Kind.NOTE));
        CheckResult one = runs(run(Ending.TIMED_OUT, null, "", ""), run(Ending.EXITED, 1, "", "boom\n"));
        assertEquals(Outcome.DIFFERS, one.outcome());
        assertEquals("still running after 1.5 s", one.differences().get(0).original());
        assertEquals("exited with 1 after 1.5 s", one.differences().get(0).optimized());
        CheckResult neither = runs(run(Ending.START_FAILED, null, "", "no such file"), run(Ending.START_FAILED, null, "", "no such file"));
        assertEquals(Outcome.NOT_CHECKED, neither.outcome());
        assertEquals("the original could not start it either: no such file", neither.summary());
        CheckResult same = runs(run(Ending.EXITED, 0, "a\nb\n", "w\n"), run(Ending.EXITED, 0, "a\nb\n", "w\n"));
        assertEquals("both exited with 0; same stdout (2 lines) and stderr (1 lines)", same.summary());
    }

    @Test
    void textDiffNamesTheFirstDifferingLinesCapped() {
        ImageConfig c = simple("", env(), List.of("app"));
        CheckContext x = ctx(c, c, null, List.of());
        List<Finding> f = TextDiff.compare(x, "id", "stdout", "a\nb\nc\n", "a\nB\nc\nd\n");
        assertEquals(List.of("stdout line 2", "stdout line 4"), f.stream().map(Finding::subject).toList());
        assertEquals("b", f.get(0).original());
        assertEquals("B", f.get(0).optimized());
        assertEquals("(nothing)", f.get(1).original());
        assertEquals("d", f.get(1).optimized());
        assertEquals(List.of("stdout line endings"), TextDiff.compare(x, "id", "stdout", "a\n", "a").stream().map(Finding::subject).toList());
        String many = "x\n".repeat(20);
        Finding big = TextDiff.compare(x, "id", "out", "", many).get(0);
        assertEquals("x\nx\nx\nx\nx\n... (15 more lines)", big.optimized());
        List<Finding> blocks = TextDiff.compare(x, "id", "out", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\nA\n3\nB\n5\nC\n7\nD\n");
        assertEquals(3, blocks.size());
        assertEquals("the first 3 of 4 places that differ", blocks.get(0).note());
    }
}

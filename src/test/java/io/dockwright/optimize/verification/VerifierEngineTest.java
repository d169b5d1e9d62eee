package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.result.ImageConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification on the real engine, with images built here: an equal rewrite is EQUIVALENT, and hand-broken
 * rewrites (a COPY dropped, a runtime package dropped, USER, WORKDIR or ENV changed, a different page, a server,
 * a command that never exits) are caught, naming what differs. Every test ends with no container of its runner left.
 */
class VerifierEngineTest {
    private static final String SLIM = "debian:bookworm-slim";
    private static final String FULL = "debian:bookworm";
    private static final String RUN_SH = "echo \"$GREETING from $(id -un) in $(pwd)\"\ncat data.txt\n";
    private static final String DATA = "line one\nline two\n";
    private static EngineFixture engine;
    private static Leftovers leftovers;
    private static ContainerRunner runner;
    @TempDir
    static Path contexts;
    private static TestImages images;
    private static String original;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages(SLIM, FULL, "python:3.7-slim");
        leftovers = new Leftovers("it-verify");
        runner = new ContainerRunner(engine.session, leftovers);
        images = new TestImages(engine, contexts);
        original = images.build("orig", app(SLIM, "/app", "hello", "app", "COPY run.sh data.txt ./"), "run.sh", RUN_SH, "data.txt", DATA);
    }

    @AfterAll
    static void close() {
        if (engine != null) engine.close();
    }

    @AfterEach
    void noContainerLeft() throws Exception {
        assertEquals(List.of(), engine.session.connection().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(leftovers.labels()).exec().stream().map(c -> c.getNames()[0]).toList());
    }

    /** The app: a user, a WORKDIR, the files, an ENV, the USER, and a default command printing all of them. */
    private static String app(String base, String workdir, String greeting, String user, String copy) {
        return "FROM " + base + "\nRUN useradd -u 1001 -m app\nWORKDIR " + workdir + "\n" + copy + "\nENV GREETING=" + greeting
                + "\nUSER " + user + "\nCMD [\"sh\", \"./run.sh\"]\n";
    }

    private static Verifier verifier(VerificationOptions options) {
        return new Verifier(engine.session, runner, engine.analyzer, options, List.of(), Clock.systemUTC());
    }

    private static Verdict verify(String optimized, Probes probes) {
        return verifier(VerificationOptions.DEFAULTS).verify(VerificationRequest.of(original, optimized, probes).withBases(SLIM, SLIM),
                VerificationListener.NONE, CancelToken.none());
    }

    private static CheckResult check(Verdict v, String id) {
        return v.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + v));
    }

    private static String text(Verdict v) {
        return new VerdictFormatter().text(v);
    }

    private static List<String> differing(CheckResult c) {
        return c.differences().stream().map(Finding::subject).collect(Collectors.toList());
    }

    @Test
    void aMultiStageRewriteThatKeepsEverythingIsEquivalent() throws Exception {
        String rewrite = images.build("rewrite", "FROM " + FULL + " AS builder\nWORKDIR /app\nCOPY run.sh data.txt ./\n"
                + "RUN chmod 644 run.sh\n\n" + app(SLIM, "/app", "hello", "app", "COPY --from=builder /app/ ./"),
                "run.sh", RUN_SH, "data.txt", DATA);
        Verdict v = verify(rewrite, Probes.NONE);
        assertEquals(Outcome.EQUIVALENT, v.outcome(), text(v));
        assertEquals(List.of("config", "accounts", "default-command"), v.checks().stream().map(CheckResult::id).toList());
        CheckResult run = check(v, "default-command");
        assertEquals("both exited with 0; same stdout (3 lines) and stderr (0 lines)", run.summary(), text(v));
        assertTrue(run.ran().startsWith("sh ./run.sh (the images' ENTRYPOINT and CMD) in each image"), run.ran());
        assertTrue(run.ran().contains("network none, limit 10 s, up to 1 MiB kept per stream"), run.ran());
        assertTrue(run.millis() > 0);
        assertTrue(v.summary().startsWith("equivalent: 3 checks"), v.summary());
    }

    @Test
    void aDroppedCopyIsADifferenceNamingTheMissingFile() throws Exception {
        String broken = images.build("no-data", app(SLIM, "/app", "hello", "app", "COPY run.sh ./"), "run.sh", RUN_SH);
        Verdict v = verify(broken, new Probes(List.of(new CommandProbe("cat /app/data.txt")), List.of(), List.of()));
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        CheckResult run = check(v, "default-command");
        assertEquals(Outcome.DIFFERS, run.outcome());
        assertEquals(List.of("exit code", "stdout line 2", "stderr line 1"), differing(run), text(v));
        Finding stderr = run.differences().get(2);
        assertEquals("(nothing)", stderr.original());
        assertEquals("cat: data.txt: No such file or directory", stderr.optimized());
        assertEquals("0", run.differences().get(0).original());
        assertEquals("1", run.differences().get(0).optimized());
        CheckResult probe = check(v, "probe-command-1");
        assertEquals(Outcome.DIFFERS, probe.outcome(), text(v));
        assertTrue(probe.ran().startsWith("/bin/sh -c 'cat /app/data.txt' (the probe)"), probe.ran());
        assertTrue(v.summary().contains("Default command (exit code, stdout line 2, stderr line 1 differ)"), v.summary());
        assertEquals(Outcome.EQUIVALENT, check(v, "config").outcome(), text(v));
    }

    @Test
    void aDroppedRuntimePackageIsCaught() throws Exception {
        String install = "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n";
        String withCurl = images.build("curl", "FROM " + SLIM + "\n" + install + "CMD [\"curl\", \"--version\"]\n");
        String without = images.build("no-curl", "FROM " + SLIM + "\nCMD [\"curl\", \"--version\"]\n");
        Verdict v = verifier(VerificationOptions.DEFAULTS).verify(withCurl, without, Probes.NONE);
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        CheckResult run = check(v, "default-command");
        Finding how = run.differences().get(0);
        assertEquals("how it ended", how.subject(), text(v));
        assertTrue(how.original().startsWith("exited with 0"), how.original());
        assertTrue(how.optimized().startsWith("could not start: ") && how.optimized().contains("\"curl\": executable file not found"),
                how.optimized());
        assertTrue(differing(run).contains("stdout line 1"), text(v));
    }

    @Test
    void aChangedUserIsNamedInTheConfigAndTheOutput() throws Exception {
        String other = images.build("user", app(SLIM, "/app", "hello", "nobody", "COPY run.sh data.txt ./"), "run.sh", RUN_SH, "data.txt", DATA);
        Verdict v = verify(other, Probes.NONE);
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        CheckResult config = check(v, "config");
        assertEquals(List.of("USER"), differing(config), text(v));
        assertEquals("app", config.differences().get(0).original());
        assertEquals("nobody", config.differences().get(0).optimized());
        Finding out = check(v, "default-command").differences().get(0);
        assertEquals("stdout line 1", out.subject());
        assertEquals("hello from app in /app", out.original());
        assertEquals("hello from nobody in /app", out.optimized());
    }

    @Test
    void aChangedUserDeclaredIntendedIsShownAsSuchButTheOutputStillCounts() throws Exception {
        String other = images.build("user-intended", app(SLIM, "/app", "hello", "nobody", "COPY run.sh data.txt ./"), "run.sh", RUN_SH,
                "data.txt", DATA);
        Verdict v = verifier(VerificationOptions.DEFAULTS).verify(VerificationRequest.of(original, other, Probes.NONE)
                .withIntended(List.of(new Intended("config", "USER", "non-root: the rewrite runs as nobody"))),
                VerificationListener.NONE, CancelToken.none());
        CheckResult config = check(v, "config");
        assertEquals(Outcome.EQUIVALENT, config.outcome(), text(v));
        assertTrue(config.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.INTENDED && f.subject().equals("USER")
                && f.note().equals("non-root: the rewrite runs as nobody")), text(v));
        assertEquals(Outcome.DIFFERS, v.outcome(), "the program prints another user: " + text(v));
    }

    @Test
    void aChangedWorkdirIsNamed() throws Exception {
        String other = images.build("workdir", app(SLIM, "/srv", "hello", "app", "COPY run.sh data.txt ./"), "run.sh", RUN_SH, "data.txt", DATA);
        Verdict v = verify(other, Probes.NONE);
        CheckResult config = check(v, "config");
        assertEquals(List.of("WORKDIR"), differing(config), text(v));
        assertEquals("/app", config.differences().get(0).original());
        assertEquals("/srv", config.differences().get(0).optimized());
        assertEquals("hello from app in /srv", check(v, "default-command").differences().get(0).optimized());
    }

    @Test
    void aChangedEnvIsNamedAndAnAddedPathEntryIsOnlyANote() throws Exception {
        String other = images.build("env", app(SLIM, "/app", "hi", "app", "COPY run.sh data.txt ./"), "run.sh", RUN_SH, "data.txt", DATA);
        Verdict v = verify(other, Probes.NONE);
        CheckResult config = check(v, "config");
        assertEquals(List.of("ENV GREETING"), differing(config), text(v));
        assertEquals("hello", config.differences().get(0).original());
        assertEquals("hi", config.differences().get(0).optimized());

        String venv = images.build("path", app(SLIM, "/app", "hello", "app", "COPY run.sh data.txt ./")
                + "ENV PATH=/opt/venv/bin:$PATH\n", "run.sh", RUN_SH, "data.txt", DATA);
        Verdict added = verify(venv, Probes.NONE);
        assertEquals(Outcome.EQUIVALENT, added.outcome(), text(added));
        Finding path = check(added, "config").findings().get(0);
        assertEquals(Finding.Kind.NOTE, path.kind());
        assertEquals("ENV PATH", path.subject());
        assertEquals("/opt/venv/bin:" + ImageConfig.DEFAULT_PATH, path.optimized());
        assertTrue(path.note().startsWith("the rewrite adds /opt/venv/bin"), path.note());
    }

    @Test
    void aCommandThatNeverExitsIsNotCheckedWithTheReason() throws Exception {
        String sleeper = images.build("sleeper", "FROM " + SLIM + "\nCMD [\"sleep\", \"infinity\"]\n");
        String sleeper2 = images.build("sleeper2", "FROM " + SLIM + "\nLABEL variant=two\nCMD [\"sleep\", \"infinity\"]\n");
        Verdict v = verifier(VerificationOptions.DEFAULTS.withCommandTimeout(Duration.ofSeconds(2))).verify(sleeper, sleeper2, Probes.NONE);
        assertEquals(Outcome.NOT_CHECKED, v.outcome(), text(v));
        CheckResult run = check(v, "default-command");
        assertEquals(Outcome.NOT_CHECKED, run.outcome());
        assertEquals("the default command is a server (or waits for something) that did not exit within 2 s in either image: "
                + "add an HTTP probe (its port and a path) or a probe command", run.summary());
        assertTrue(v.summary().startsWith("not checked: Default command: the default command is a server"), v.summary());
    }

    @Test
    void cancellingStopsTheRunningCheckAndSkipsTheRest() throws Exception {
        String sleeper = images.build("sleeper-cancel", "FROM " + SLIM + "\nCMD [\"sleep\", \"infinity\"]\n");
        CancelToken cancel = new CancelToken();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(cancel::cancel, 3, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            Verdict v = verifier(VerificationOptions.DEFAULTS.withCommandTimeout(Duration.ofMinutes(5))).verify(
                    VerificationRequest.of(sleeper, sleeper, new Probes(List.of(new CommandProbe("true")), List.of(), List.of())),
                    VerificationListener.NONE, cancel);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 20_000, "returned after " + ms + " ms");
            assertEquals(Outcome.NOT_CHECKED, v.outcome(), text(v));
            assertEquals("not checked: cancelled", v.summary());
            assertEquals("cancelled", check(v, "default-command").summary());
            assertEquals("not run: cancelled", check(v, "probe-command-1").summary());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void outputBeyondTheCapIsCountedNotKept() throws Exception {
        String three = images.build("mb3", "FROM " + SLIM + "\nCMD [\"sh\", \"-c\", \"head -c 3000000 /dev/zero | tr '\\\\0' a\"]\n");
        String two = images.build("mb2", "FROM " + SLIM + "\nCMD [\"sh\", \"-c\", \"head -c 2000000 /dev/zero | tr '\\\\0' a\"]\n");
        Verifier capped = verifier(VerificationOptions.DEFAULTS.withOutputCap(65_536));
        Verdict v = capped.verify(three, two, Probes.NONE);
        CheckResult run = check(v, "default-command");
        assertEquals(List.of("stdout size"), differing(run), text(v));
        assertEquals("3000000 bytes", run.differences().get(0).original());
        assertEquals("2000000 bytes", run.differences().get(0).optimized());

        Verdict same = capped.verify(three, three, Probes.NONE);
        CheckResult sameRun = check(same, "default-command");
        assertEquals(Outcome.EQUIVALENT, sameRun.outcome(), text(same));
        assertTrue(sameRun.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.NOTE
                && f.note().startsWith("only the first 64 KiB of each were compared")), text(same));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (java.io.IOException inUse) {
            return false;
        }
    }

    private static String server(int port, String startup) {
        return "FROM python:3.7-slim\nRUN mkdir /srv/site\nCOPY index.html /srv/site/\n"
                + "CMD [\"sh\", \"-c\", \"" + startup + "exec python3 -m http.server " + port + " --directory /srv/site\"]\n";
    }

    private static Verifier httpVerifier() {
        return verifier(VerificationOptions.DEFAULTS.withCommandTimeout(Duration.ofSeconds(3)).withHttpNetwork("host"));
    }

    @Test
    void aServerWhosePageDiffersIsCaughtByTheHttpProbe() throws Exception {
        int port = freePort();
        String v1 = images.build("page1", server(port, ""), "index.html", "<h1>version 1</h1>\n");
        String v2 = images.build("page2", server(port, ""), "index.html", "<h1>version 2</h1>\n");
        Probes probes = new Probes(List.of(), List.of(new HttpProbe(port, List.of("/", "/missing"))), List.of());
        Verdict v = httpVerifier().verify(VerificationRequest.of(v1, v2, probes), VerificationListener.NONE, CancelToken.none());
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        CheckResult http = check(v, "http-" + port);
        assertEquals(List.of("GET / body line 1"), differing(http), text(v));
        assertEquals("<h1>version 1</h1>", http.differences().get(0).original());
        assertEquals("<h1>version 2</h1>", http.differences().get(0).optimized());
        CheckResult run = check(v, "default-command");
        assertEquals(Outcome.NOT_CHECKED, run.outcome(), text(v));
        assertEquals("http-" + port, run.coveredBy());
        assertTrue(portFree(port), "the port is free again");

        Verdict same = httpVerifier().verify(VerificationRequest.of(v1, v1, probes), VerificationListener.NONE, CancelToken.none());
        assertEquals(Outcome.EQUIVALENT, same.outcome(), text(same));
        assertTrue(check(same, "http-" + port).summary().startsWith("same status and body for GET /, /missing (status 200)"),
                text(same));
    }

    @Test
    void aTimestampInThePageDiffersUntilAnIgnoreRuleCoversIt() throws Exception {
        int port = freePort();
        String startup = "date +%s%N > /tmp/t && cat /tmp/t /srv/site/index.html > /tmp/page && cp /tmp/page /srv/site/index.html && ";
        String a = images.build("stamp-a", server(port, startup), "index.html", "static part\n");
        String b = images.build("stamp-b", server(port, startup) + "LABEL variant=b\n", "index.html", "static part\n");
        HttpProbe probe = new HttpProbe(port, List.of("/"));
        Verdict raw = httpVerifier().verify(VerificationRequest.of(a, b, new Probes(List.of(), List.of(probe), List.of())),
                VerificationListener.NONE, CancelToken.none());
        assertEquals(Outcome.DIFFERS, raw.outcome(), text(raw));
        assertEquals(List.of("GET / body line 1"), differing(check(raw, "http-" + port)));
        Verdict ignoring = httpVerifier().verify(VerificationRequest.of(a, b,
                new Probes(List.of(), List.of(probe), List.of(new IgnoreRule("\\d{19}")))), VerificationListener.NONE, CancelToken.none());
        assertEquals(Outcome.EQUIVALENT, ignoring.outcome(), text(ignoring));
    }

    @Test
    void aServerThatDiesIsADifferenceAndAPortInUseIsNotChecked() throws Exception {
        int port = freePort();
        String ok = images.build("alive", server(port, ""), "index.html", "up\n");
        String dies = images.build("dies", server(port, "echo no config >&2 && exit 3 && "), "index.html", "up\n");
        Probes probes = new Probes(List.of(), List.of(new HttpProbe(port, List.of("/"))), List.of());
        Verdict v = httpVerifier().verify(VerificationRequest.of(ok, dies, probes), VerificationListener.NONE, CancelToken.none());
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        Finding answer = check(v, "http-" + port).differences().get(0);
        assertEquals("answer on port " + port, answer.subject());
        assertEquals("answered", answer.original());
        assertTrue(answer.optimized().startsWith("exited with 3 after") && answer.optimized().endsWith("its stderr: no config"),
                answer.optimized());
        try (ServerSocket busy = new ServerSocket(port)) {
            Verdict blocked = httpVerifier().verify(VerificationRequest.of(ok, ok, probes), VerificationListener.NONE, CancelToken.none());
            assertEquals("port " + port + " is already in use on this host, so another program would answer",
                    check(blocked, "http-" + port).summary());
            assertEquals(Outcome.NOT_CHECKED, blocked.outcome());
        }
    }
}

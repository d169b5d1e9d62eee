package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.containers.ContainerRunner;
import io.dockwright.engine.containers.Leftovers;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.optimize.verification.files.EngineFileDifferences;
import io.dockwright.optimize.verification.files.FileCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file check on the real engine, over images built here: what the runtime reaches (WORKDIR, PATH, a symlink
 * a RUN put into /usr/local/bin, /etc) must be in the rewrite; hand-broken rewrites (a COPY dropped, a runtime
 * package dropped, USER changed) are DIFFERS naming the path and the Dockerfile line that wrote it, or the user;
 * paths the original's base image brings are notes when the rewrite runs on another base. Line numbers and
 * sizes expected here are counted from the Dockerfile texts and files of the test itself.
 */
class FileCheckEngineTest {
    private static final String SLIM = "debian:bookworm-slim";
    private static final String FULL = "debian:bookworm";
    private static final String RUN_SH = "echo \"hello from $(id -un) in $(pwd)\"\ncat data.txt\n";
    private static final String DATA = "line one\nline two\n";
    private static EngineFixture engine;
    private static ContainerRunner runner;
    private static final Map<String, List<Layer>> LAYERS = new HashMap<>();
    @TempDir
    static Path contexts;
    private static TestImages images;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages(SLIM, FULL);
        runner = new ContainerRunner(engine.session, new Leftovers("it-files"));
        images = new TestImages(engine, contexts);
    }

    @AfterAll
    static void close() {
        if (engine != null) engine.close();
    }

    private static String build(String name, String dockerfile, String... files) throws Exception {
        BuildResult r = images.built(name, dockerfile, files);
        LAYERS.put(r.tag(), r.layers());
        return r.tag();
    }

    private static Verdict verify(String original, String optimized, String originalBase, String optimizedBase) {
        Verifier verifier = new Verifier(engine.session, runner, engine.analyzer, VerificationOptions.DEFAULTS,
                List.of(new FileCheck(new EngineFileDifferences(engine.session, new ImageReader(), LAYERS), true)), Clock.systemUTC());
        return verifier.verify(VerificationRequest.of(original, optimized, Probes.NONE).withBases(originalBase, optimizedBase),
                VerificationListener.NONE, CancelToken.none());
    }

    private static CheckResult files(Verdict v) {
        return v.checks().stream().filter(c -> c.id().equals(FileCheck.ID)).findFirst().orElseThrow();
    }

    private static Finding difference(CheckResult c, String path) {
        return c.differences().stream().filter(f -> f.subject().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not named in " + c));
    }

    private static String text(Verdict v) {
        return new VerdictFormatter().text(v);
    }

    /** 1-based line of the first line of {@code dockerfile} starting with {@code prefix}. */
    private static int line(String dockerfile, String prefix) {
        List<String> lines = dockerfile.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError(prefix);
    }

    private static String app(String base, String user, String copy, String extra) {
        return "FROM " + base + "\nRUN useradd -u 1001 -m app\nWORKDIR /app\n" + copy + "\n" + extra
                + "USER " + user + "\nCMD [\"sh\", \"./run.sh\"]\n";
    }

    private static final String LINK = "RUN ln -s /app/run.sh /usr/local/bin/hello\n";

    @Test
    void aRewriteKeepingTheReachableFilesIsEquivalentAndAMissingOneIsNamedWithItsLine() throws Exception {
        String originalText = app(SLIM, "app", "COPY run.sh data.txt ./", LINK);
        String original = build("files-orig", originalText, "run.sh", RUN_SH, "data.txt", DATA);
        String same = build("files-same", "FROM " + FULL + " AS builder\nWORKDIR /app\nCOPY run.sh data.txt ./\n\n"
                + app(SLIM, "app", "COPY --from=builder /app/ ./", LINK), "run.sh", RUN_SH, "data.txt", DATA);
        Verdict equal = verify(original, same, SLIM, SLIM);
        CheckResult ok = files(equal);
        assertEquals(Outcome.EQUIVALENT, ok.outcome(), text(equal));
        assertTrue(ok.ran().startsWith("both images exported and read ("), ok.ran());
        assertTrue(ok.compared().contains("/app") && ok.compared().contains("/usr/local/bin") && ok.compared().contains("/etc"),
                ok.compared());
        assertEquals(Outcome.EQUIVALENT, equal.outcome(), text(equal));

        String dropped = build("files-no-data", app(SLIM, "app", "COPY run.sh ./", ""), "run.sh", RUN_SH);
        Verdict v = verify(original, dropped, SLIM, SLIM);
        CheckResult c = files(v);
        assertEquals(Outcome.DIFFERS, c.outcome(), text(v));
        assertEquals(Outcome.DIFFERS, v.outcome());
        Finding data = difference(c, "/app/data.txt");
        assertTrue(data.original().startsWith("file, " + DATA.length() + " B"), data.original());
        assertEquals("(missing)", data.optimized());
        assertEquals("written by line " + line(originalText, "COPY") + ": COPY run.sh data.txt ./", data.note());
        Finding link = difference(c, "/usr/local/bin/hello");
        assertEquals("symlink to /app/run.sh", link.original());
        assertTrue(link.note().startsWith("written by line " + line(originalText, "RUN ln")), link.note());
        assertTrue(c.summary().startsWith("2 reachable paths missing or changed: "), c.summary());
        assertTrue(v.summary().contains("Files the runtime can reach"), v.summary());
    }

    @Test
    void buildInputsLeftInTheBuildStageAreIntendedButADataFileLeftThereDiffers() throws Exception {
        String[] files = {"hello.c", "int main(void) { return 0; }\n", "Makefile", "hello: hello.c\n\tcc -o hello hello.c\n",
                "run.sh", RUN_SH, "data.txt", DATA};
        String original = build("files-src", app(SLIM, "app", "COPY . .", ""), files);
        String builder = "FROM " + FULL + " AS builder\nWORKDIR /app\nCOPY . .\n\n";
        String lean = build("files-src-lean", builder + app(SLIM, "app", "COPY --from=builder /app/run.sh /app/data.txt ./", ""), files);
        Verdict v = verify(original, lean, SLIM, SLIM);
        CheckResult c = files(v);
        assertEquals(Outcome.EQUIVALENT, c.outcome(), text(v));
        for (String p : List.of("/app/hello.c", "/app/Makefile")) {
            Finding f = c.findings().stream().filter(x -> x.subject().equals(p)).findFirst().orElseThrow(() -> new AssertionError(p + text(v)));
            assertEquals(Finding.Kind.INTENDED, f.kind());
            assertTrue(f.note().startsWith("build inputs (sources, headers, objects, build files)"), f.note());
        }
        String noData = build("files-src-no-data", builder + app(SLIM, "app", "COPY --from=builder /app/run.sh ./", ""), files);
        Verdict broken = verify(original, noData, SLIM, SLIM);
        assertEquals(Outcome.DIFFERS, files(broken).outcome(), text(broken));
        assertEquals(List.of("/app/data.txt"), files(broken).differences().stream().map(Finding::subject).toList(), text(broken));
    }

    @Test
    void aDroppedRuntimePackageNamesItsProgramAndThePackage() throws Exception {
        String install = "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n";
        String withText = "FROM " + SLIM + "\n" + install + "CMD [\"curl\", \"--version\"]\n";
        String with = build("files-curl", withText);
        String without = build("files-no-curl", "FROM " + SLIM + "\nCMD [\"curl\", \"--version\"]\n");
        Verdict v = verify(with, without, SLIM, SLIM);
        CheckResult c = files(v);
        assertEquals(Outcome.DIFFERS, c.outcome(), text(v));
        Finding curl = difference(c, "/usr/bin/curl");
        assertEquals("(missing)", curl.optimized());
        assertTrue(curl.note().startsWith("written by line 2: RUN apt-get update"), curl.note());
        Finding packages = c.findings().stream().filter(f -> f.subject().equals("packages only in the original")).findFirst()
                .orElseThrow(() -> new AssertionError(text(v)));
        assertTrue(packages.original().contains("curl ") && packages.original().contains("libcurl4 "), packages.original());
    }

    @Test
    void aChangedUserIsNamedAndTheBaseImagesOwnPathsAreNotesNotDifferences() throws Exception {
        String base = build("files-base", "FROM " + SLIM + "\nRUN printf 'echo tool\\n' > /usr/local/bin/base-tool\n");
        String original = build("files-on-base", app(base, "app", "COPY run.sh data.txt ./", ""), "run.sh", RUN_SH, "data.txt", DATA);
        String other = build("files-slim-nobody", app(SLIM, "nobody", "COPY run.sh data.txt ./", ""), "run.sh", RUN_SH, "data.txt", DATA);
        Verdict v = verify(original, other, base, SLIM);
        assertEquals(Outcome.DIFFERS, v.outcome(), text(v));
        CheckResult config = v.checks().stream().filter(x -> x.id().equals("config")).findFirst().orElseThrow();
        Finding user = config.differences().stream().filter(f -> f.subject().equals("USER")).findFirst().orElseThrow();
        assertEquals("app", user.original());
        assertEquals("nobody", user.optimized());
        CheckResult c = files(v);
        assertEquals(Outcome.EQUIVALENT, c.outcome(), "the tool comes with the original's base image: " + text(v));
        Finding note = c.findings().stream().filter(f -> f.subject().equals("base image paths under /usr/local/bin")).findFirst()
                .orElseThrow(() -> new AssertionError(text(v)));
        assertEquals(Finding.Kind.NOTE, note.kind());
        assertTrue(note.original().endsWith(": /usr/local/bin/base-tool"), note.original());
        assertTrue(note.note().contains(base) && note.note().contains(SLIM), note.note());

        Verdict same = verify(original, other, SLIM, SLIM);
        assertEquals(Outcome.DIFFERS, files(same).outcome(), "without the base change the path is the Dockerfile's: " + text(same));
    }
}

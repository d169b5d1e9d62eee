package io.dockwright.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.EngineFixture;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.images.FileChange.Kind;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import io.dockwright.engine.images.diff.PathDiff.Aspect;
import io.dockwright.engine.images.packages.InstalledPackage;
import io.dockwright.engine.images.packages.PackageDiff;
import io.dockwright.engine.images.packages.PackageInventory;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images built here on the real engine, with contents known by construction: every expected figure below
 * comes from what the Dockerfile writes or from the engine's own API (history sizes, a container's dpkg-query),
 * never from the code under test.
 */
class ImageContentsEngineTest {
    private static final long GIB = 1L << 30;
    // the own layers, as written by the Dockerfile below (bytes of regular files per RUN)
    private static final long L1 = 1000 + 3000 + 4000 + 5000; // over.bin (1st), cache/one, cache/two, deleted.bin
    private static final long L2 = 2000;                      // over.bin (2nd); rm deleted.bin
    private static final long L3 = 3000 + 700;                // over.bin (3rd); rm -rf cache && mkdir cache; cache/new
    private static final long L4 = 6000;                      // target (+ a hard link to it, two symlinks, a symlink loop)
    private static final long L5 = GIB;                       // truncate -s 1G
    private static final long L6 = 100_000 * 10;              // split: 100,000 files of 10 bytes
    private static final long OWN_FINAL = 3000 + 700 + 6000 + GIB + L6;
    private static final long OWN_WASTED = 1000 + 2000 + 5000 + 3000 + 4000;

    static final String DOCKERFILE = String.join("\n",
            "FROM debian:bookworm-slim",
            "RUN mkdir -p /data /cache && head -c 1000 /dev/zero | tr '\\0' a > /data/over.bin && head -c 3000 /dev/zero > /cache/one"
                    + " && head -c 4000 /dev/zero > /cache/two && head -c 5000 /dev/zero > /data/deleted.bin",
            "RUN head -c 2000 /dev/zero | tr '\\0' b > /data/over.bin && rm /data/deleted.bin",
            "ENV STEP=3",
            "RUN head -c 3000 /dev/zero | tr '\\0' c > /data/over.bin && rm -rf /cache && mkdir /cache && head -c 700 /dev/zero > /cache/new",
            "RUN head -c 6000 /dev/urandom > /data/target && ln /data/target /data/hard && ln -s target /data/soft"
                    + " && ln -s loop2 /data/loop1 && ln -s loop1 /data/loop2",
            "RUN truncate -s 1G /data/sparse",
            "RUN mkdir /many && cd /many && head -c 1000000 /dev/zero | split -b 10 -a 5 - f",
            "WORKDIR /data", "");

    private static EngineFixture engine;
    private static BuildResult built;
    private static ImageContents contents;
    private static long baseBytes;

    @TempDir
    Path dir;

    @BeforeAll
    static void build(@TempDir Path context) throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        engine.assumeImages("debian:bookworm-slim");
        built = build(context, DOCKERFILE, "contents");
        var http = engine.session.connection().http();
        int baseEntries = engine.analyzer.history(http, "debian:bookworm-slim").size();
        contents = new ImageReader().read(new ImageSource.Engine(http, built.imageId()),
                PackageInventory.captureFor(ReadOptions.defaults().withDigests(true)).withAttribution(Attribution.of(built.layers())),
                ReadListener.NONE);
        baseBytes = contents.layers().stream().filter(l -> l.origin().base()).mapToLong(LayerContents::bytes).sum();
        assertEquals(baseEntries + 8, built.layers().size()); // the base's history + one entry per instruction after FROM
    }

    private static BuildResult build(Path context, String dockerfile, String name) throws Exception {
        return engine.service.start(new BuildVariant(name, dockerfile, context, null, Map.of(), "host", false, engine.tag(name)),
                BackendChoice.ENGINE_API, BuildListener.NONE).result().get(10, TimeUnit.MINUTES);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static byte[] filled(int n, char c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }

    private static List<LayerContents> own() {
        return contents.layers().stream().filter(l -> l.origin().provenance() == LayerOrigin.Provenance.OWN).toList();
    }

    @Test
    void layerBytesEqualTheEnginesHistorySizes() throws Exception {
        assertTrue(contents.complete(), contents.problems().toString());
        List<JsonNode> history = engine.analyzer.history(engine.session.connection().http(), built.imageId());
        for (LayerContents l : contents.layers()) { // the engine counts a symlink as the length of its target
            long links = l.changes().stream().filter(c -> c.kind() != Kind.REMOVED && c.file().type() == FileType.SYMLINK)
                    .mapToLong(c -> c.file().linkTarget().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
            assertEquals(history.get(l.origin().historyIndex()).path("Size").asLong(), l.bytes() + links, "layer " + l.index());
        }
        assertEquals(List.of(L1, L2, L3, L4, L5, L6), own().stream().map(LayerContents::bytes).toList());
    }

    @Test
    void wastedBytesAndEfficiencyAsConstructed() {
        assertEquals(baseBytes + L1 + L2 + L3 + L4 + L5 + L6, contents.layerBytes());
        assertEquals(baseBytes + OWN_FINAL, contents.finalBytes());
        assertEquals(OWN_WASTED, contents.wastedBytes()); // the base's one layer wastes nothing; dive would add the 3,000 kept bytes
        assertEquals((double) (baseBytes + OWN_FINAL) / (baseBytes + L1 + L2 + L3 + L4 + L5 + L6), contents.efficiency(), 1e-12);
        assertEquals(L1 + L2 + L3 + L4 + L5 + L6, contents.userBytes());
        assertEquals((double) OWN_WASTED / (L1 + L2 + L3 + L4 + L5 + L6), contents.userWastedRatio(), 1e-12);
        WastedPath over = contents.wasted().stream().filter(w -> w.path().equals("/data/over.bin")).findFirst().orElseThrow();
        assertEquals(3, over.writes());
        assertEquals(3000, over.wastedBytes());
        assertFalse(over.removed());
        WastedPath deleted = contents.wasted().stream().filter(w -> w.path().equals("/data/deleted.bin")).findFirst().orElseThrow();
        assertEquals(5000, deleted.wastedBytes());
        assertTrue(deleted.removed());
    }

    @Test
    void theTreeHasTheFinalFilesystem() throws Exception {
        FileTree t = contents.tree();
        assertEquals(3000 + 6000 + GIB, t.find("/data").orElseThrow().totalBytes()); // the hard link's content once
        assertEquals(sha256(filled(3000, 'c')), t.find("/data/over.bin").orElseThrow().digest());
        assertTrue(t.find("/data/deleted.bin").isEmpty());
        assertEquals(List.of("new"), t.find("/cache").orElseThrow().children().stream().map(TreeNode::name).toList());
        assertEquals(700, t.find("/cache").orElseThrow().totalBytes());
        TreeNode many = t.find("/many").orElseThrow();
        assertEquals(100_000, many.children().size());
        assertEquals(L6, many.totalBytes());
        assertEquals(GIB, t.find("/data/sparse").orElseThrow().size());
        TreeNode hard = t.find("/data/hard").orElseThrow();
        TreeNode target = t.find("/data/target").orElseThrow();
        assertTrue(hard.type().regular() && target.type().regular());
        assertEquals(FileType.HARDLINK, hard.type() == FileType.HARDLINK ? hard.type() : target.type()); // tar names one as the link
        assertEquals(target.digest(), hard.digest());
        assertEquals("/data/target", t.resolve("/data/soft").resolvedPath());
        assertEquals(FileTree.Resolution.Status.LOOP, t.resolve("/data/loop1").status());
        assertEquals("/data", contents.config().workingDir());
        assertEquals(own().get(5).index(), contents.writerOf("/many/faaaaa").orElseThrow().index());
    }

    @Test
    void layersAreMappedToTheirDockerfileLinesAndChanges() {
        List<LayerContents> own = own();
        assertEquals(List.of(2, 3, 5, 6, 7, 8), own.stream().map(l -> l.origin().line()).toList());
        assertTrue(own.get(0).origin().instruction().startsWith("RUN mkdir -p /data /cache"));
        LayerContents second = own.get(1);
        assertTrue(second.changes().stream().anyMatch(c -> c.kind() == Kind.REMOVED && c.file().path().equals("/data/deleted.bin")
                && c.bytes() == 5000), second.changes().toString());
        assertTrue(second.changes().stream().anyMatch(c -> c.kind() == Kind.CHANGED && c.file().path().equals("/data/over.bin")));
        LayerContents opaque = own.get(2);
        Set<String> removed = Set.copyOf(opaque.changes().stream().filter(c -> c.kind() == Kind.REMOVED).map(c -> c.file().path()).toList());
        assertEquals(Set.of("/cache/one", "/cache/two"), removed);
        assertTrue(opaque.changes().stream().anyMatch(c -> c.kind() == Kind.ADDED && c.file().path().equals("/cache/new")));
    }

    @Test
    void aDockerSaveTarballReadsTheSameAsTheEngine() throws Exception {
        Path tar = dir.resolve("saved.tar");
        Process p = new ProcessBuilder("docker", "save", "-o", tar.toString(), built.tag()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "docker CLI: " + output);
        ImageContents fromFile = new ImageReader().read(new ImageSource.Archive(tar), ReadOptions.defaults(), ReadListener.NONE);
        assertEquals(contents.layerBytes(), fromFile.layerBytes());
        assertEquals(contents.finalBytes(), fromFile.finalBytes());
        assertEquals(contents.wastedBytes(), fromFile.wastedBytes());
        assertEquals(contents.tree().size(), fromFile.tree().size());
    }

    @Test
    void diffAgainstAnImageBuiltOnIt() throws Exception {
        String dockerfile = String.join("\n", "FROM " + built.tag(),
                "RUN rm -rf /many /data/sparse && chmod 600 /data/over.bin && head -c 6000 /dev/urandom > /data/target"
                        + " && head -c 50 /dev/zero > /data/newfile",
                "RUN mkdir -p /usr/local/lib/python3.11/site-packages/demo_pkg-1.0.dist-info /usr/local/lib/python3.11/site-packages/demo"
                        + " && printf 'Metadata-Version: 2.1\\nName: Demo_Pkg\\nVersion: 1.0\\n\\nDescription\\n'"
                        + " > /usr/local/lib/python3.11/site-packages/demo_pkg-1.0.dist-info/METADATA"
                        + " && printf 'print(1)\\n\\n\\n' > /usr/local/lib/python3.11/site-packages/demo/__init__.py"
                        + " && printf 'demo/__init__.py,,12\\n' > /usr/local/lib/python3.11/site-packages/demo_pkg-1.0.dist-info/RECORD"
                        + " && mkdir -p /app/node_modules/@scope/left/lib"
                        + " && printf '{\"name\":\"@scope/left\",\"version\":\"2.0.0\"}' > /app/node_modules/@scope/left/package.json", "");
        BuildResult b = build(dir, dockerfile, "contents-b");
        ImageContents cb = new ImageReader().read(new ImageSource.Engine(engine.session.connection().http(), b.imageId()),
                PackageInventory.captureFor(ReadOptions.defaults().withDigests(true)), ReadListener.NONE);
        ImageDiff d = ImageDiff.of(contents, cb, null);
        assertEquals(Set.of("/many", "/data/sparse"), Set.copyOf(d.onlyA().stream().map(PathDiff::path).toList()));
        assertEquals(L6 + GIB, d.onlyABytes());
        PathDiff many = d.onlyA().stream().filter(x -> x.path().equals("/many")).findFirst().orElseThrow();
        assertEquals(100_001, many.pathsA());
        assertEquals(Set.of("/data/newfile", "/usr/local/lib/python3.11", "/app"),
                Set.copyOf(d.onlyB().stream().map(PathDiff::path).toList()));
        Map<String, Set<Aspect>> changed = new java.util.HashMap<>();
        d.changed().forEach(c -> changed.put(c.path(), c.aspects()));
        // overlayfs copies up only the path written to: /data/hard keeps the old content (the hard link is broken)
        assertEquals(Map.of("/data/over.bin", Set.of(Aspect.MODE), "/data/target", Set.of(Aspect.CONTENT)), changed.entrySet().stream().filter(e -> e.getKey().startsWith("/data"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertTrue(d.identical() > 1000);

        PackageDiff pd = d.packages();
        assertEquals(List.of("demo-pkg", "@scope/left"), pd.onlyB().stream().map(PackageDiff.Entry::name).sorted(
                java.util.Comparator.reverseOrder()).toList());
        // the bytes of the files RECORD lists as the image has them: print(1) and three newlines (RECORD claims 12)
        assertEquals(11, pd.onlyB().stream().filter(e -> e.manager().equals("python")).findFirst().orElseThrow().bytes());
        assertTrue(pd.onlyA().isEmpty() && pd.changed().isEmpty());
        String dpkg = engine.run(built.imageId(), "dpkg-query", "-W", "-f", "${Package}\\n");
        long installed = dpkg.lines().filter(l -> !l.isBlank()).count();
        assertEquals(installed, PackageInventory.of(contents).stream().filter(x -> x.manager().equals("dpkg")).count());
        assertTrue(d.summary().contains("gone: /data/sparse, 1.1 GB"), d.summary());
    }

    @Test
    void inspectCliAppliesDivesThresholds() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = io.dockwright.cli.Cli.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int exit = cli.execute("inspect", built.tag(), "--json", "--highest-wasted-bytes", (OWN_WASTED - 1) + "B",
                "--lowest-efficiency", "0.5");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, exit, out.toString());
        assertEquals(OWN_WASTED, json.path("wastedBytes").asLong());
        assertEquals("highestWastedBytes", json.path("ci").get(1).path("rule").asText());
        assertFalse(json.path("ci").get(1).path("passed").asBoolean());
        assertTrue(json.path("ci").get(0).path("passed").asBoolean());
        out.getBuffer().setLength(0);
        assertEquals(0, cli.execute("inspect", built.tag(), "--highest-wasted-bytes", OWN_WASTED + "B"), out.toString());
        assertTrue(out.toString().contains("Result: PASS"), out.toString());
    }
}

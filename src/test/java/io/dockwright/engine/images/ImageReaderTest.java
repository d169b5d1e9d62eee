package io.dockwright.engine.images;

import static io.dockwright.engine.images.TestArchives.empty;
import static io.dockwright.engine.images.TestArchives.step;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.images.FileChange.Kind;
import io.dockwright.engine.images.TestArchives.LayerTar;
import io.dockwright.engine.images.TestArchives.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader over hand-made archives whose figures are worked out by hand below. */
class ImageReaderTest {
    @TempDir
    Path dir;

    private static byte[] bytes(int n, char c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }

    private static void assertHandImage(ImageContents c) {
        assertTrue(c.complete(), c.problems().toString());
        assertEquals(3, c.layers().size());
        assertEquals(List.of(250L, 200L, 305L), c.layers().stream().map(LayerContents::bytes).toList());
        assertEquals(755, c.layerBytes());
        assertEquals(365, c.finalBytes());
        assertEquals(390, c.wastedBytes());
        assertEquals(365.0 / 755, c.efficiency(), 1e-12);
        assertEquals(List.of(190L, 200L, 0L), c.layers().stream().map(LayerContents::wastedBytes).toList());
        FileTree t = c.tree();
        assertEquals(365, t.totalBytes());
        assertEquals(310, t.find("/app").orElseThrow().totalBytes());
        assertEquals(50, t.find("/bin").orElseThrow().totalBytes());
        assertEquals(5, t.find("/cache").orElseThrow().totalBytes());
        assertEquals(List.of("c"), t.find("/cache").orElseThrow().children().stream().map(TreeNode::name).toList());
        assertTrue(t.find("/tmp/junk").isEmpty());
        assertEquals(300, t.find("/app/data.bin").orElseThrow().size());
        assertEquals(2, t.find("/app/data.bin").orElseThrow().layer());
        assertEquals(0600, t.find("/app/keep.txt").orElseThrow().mode());
        TreeNode link = t.find("/bin/tool2").orElseThrow();
        assertEquals(FileType.HARDLINK, link.type());
        assertEquals(50, link.size());
        assertEquals(t.find("/bin/tool").orElseThrow().digest(), link.digest());
        assertEquals(FileType.SYMLINK, t.find("/bin/sh-link").orElseThrow().type());
        assertEquals("/bin/tool", t.resolve("/bin/sh-link").resolvedPath());

        WastedPath data = c.wasted().get(0);
        assertEquals("/app/data.bin", data.path());
        assertEquals(3, data.writes());
        assertEquals(300, data.wastedBytes()); // the two overwritten copies, not the 300 bytes that show
        assertFalse(data.removed());
        WastedPath junk = c.wasted().stream().filter(w -> w.path().equals("/tmp/junk")).findFirst().orElseThrow();
        assertEquals(40, junk.wastedBytes());
        assertTrue(junk.removed());

        LayerContents l1 = c.layers().get(1);
        assertEquals(List.of("REMOVED /tmp/junk 40", "CHANGED /app/data.bin 200"), describe(l1)); // removals first
        LayerContents l2 = c.layers().get(2);
        assertEquals(List.of("REMOVED /cache/a 30", "REMOVED /cache/b 20", "CHANGED /app/data.bin 300", "ADDED /cache/c 5"),
                describe(l2).stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(3, l2.origin().historyIndex()); // the ENV entry between has no layer
        assertEquals("RUN rm -rf /cache && mkdir /cache && make c", l2.origin().createdBy());
        assertEquals("/app", c.config().workingDir());
    }

    private static int order(String change) {
        return List.of("REMOVED /cache/a 30", "REMOVED /cache/b 20", "CHANGED /app/data.bin 300", "ADDED /cache/c 5").indexOf(change);
    }

    private static List<String> describe(LayerContents l) {
        return l.changes().stream().map(ch -> ch.kind() + " " + ch.file().path() + " " + ch.bytes()).toList();
    }

    @Test
    void dockerSaveWithTheManifestAfterShuffledLayers() throws Exception {
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(TestArchives.handImage(), new int[] {2, 0, 1}));
        assertHandImage(c);
        assertEquals(List.of("test/image:latest"), c.repoTags());
    }

    @Test
    void aLayerSavedOnceAndLinkedAgainCountsAtEachPlace() throws Exception {
        byte[] ten = bytes(10, 'a');
        Step same = step(new LayerTar().dir("app").file("app/a", ten, 0644)); // the very same bytes twice
        byte[] archive = TestArchives.dockerSaveWithLinkedLayers(List.of(same,
                step(new LayerTar().file("b", bytes(7, 'b'), 0644)), same));
        ImageContents c = TestArchives.read(dir, archive);
        assertTrue(c.complete(), c.problems().toString());
        assertEquals(List.of(10L, 7L, 10L), c.layers().stream().map(LayerContents::bytes).toList());
        assertEquals(17, c.finalBytes());
        assertEquals(10, c.wastedBytes()); // the first copy of /app/a, hidden by the identical third layer
        assertEquals(2, c.tree().find("/app/a").orElseThrow().layer());
    }

    @Test
    void ociDirectoryWithGzipZstdAndPlainLayers() throws Exception {
        Path oci = dir.resolve("oci");
        TestArchives.ociLayout(oci, TestArchives.handImage(), List.of("gzip", "zstd", "none"));
        assertHandImage(TestArchives.read(oci));
    }

    @Test
    void ociArchiveWithTheIndexAfterTheBlobs() throws Exception {
        Path oci = dir.resolve("oci");
        TestArchives.ociLayout(oci, TestArchives.handImage(), List.of("zstd", "gzip"));
        ImageContents c = TestArchives.read(dir, TestArchives.gzip(TestArchives.tarOf(oci)));
        assertHandImage(c);
        assertEquals(List.of("test/oci:1"), c.repoTags());
    }

    @Test
    void baseAndOwnFromTheBaseImagesHistoryLength() throws Exception {
        Path f = dir.resolve("save.tar");
        Files.write(f, TestArchives.dockerSave(TestArchives.handImage(), TestArchives.inOrder(3)));
        ImageContents c = new ImageReader().read(ImageSource.ofPath(f),
                ReadOptions.defaults().withAttribution(Attribution.baseHistory(1)), ReadListener.NONE);
        assertEquals(List.of(LayerOrigin.Provenance.BASE, LayerOrigin.Provenance.OWN, LayerOrigin.Provenance.OWN),
                c.layers().stream().map(l -> l.origin().provenance()).toList());
        assertEquals(505, c.userBytes());
        assertEquals(390.0 / 505, c.userWastedRatio(), 1e-12);
        assertEquals(2, c.writerOf("/app/data.bin").orElseThrow().index());
        assertEquals(0, c.writerOf("/bin/tool").orElseThrow().index());
    }

    @Test
    void longNamesPaxAndGnuAndNonUtf8Names() throws Exception {
        String deep = "opt/" + "d".repeat(120) + "/" + "f".repeat(110) + ".txt";
        LayerTar pax = new LayerTar(TarArchiveOutputStream.LONGFILE_POSIX).file(deep, "pax").symlink("opt/long-link", "/" + deep);
        LayerTar gnu = new LayerTar(TarArchiveOutputStream.LONGFILE_GNU).file(deep.replace("f.txt", "g.txt"), "gnu");
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(List.of(step(pax), step(gnu)), TestArchives.inOrder(2)));
        assertEquals(3, c.tree().find("/" + deep).orElseThrow().size());
        assertEquals(3, c.tree().find("/" + deep.replace("f.txt", "g.txt")).orElseThrow().size());
        assertTrue(c.tree().resolve("/opt/long-link").found());

        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream latin1 = new TarArchiveOutputStream(raw, "ISO-8859-1")) {
            TestArchives.put(latin1, "caf\u00e9.txt", "x".getBytes());
        }
        ImageContents bad = TestArchives.read(dir, TestArchives.dockerSave(
                List.of(new Step("RUN touch", raw.toByteArray())), TestArchives.inOrder(1)));
        assertEquals(List.of("caf\\xe9.txt"), bad.tree().root().children().stream().map(TreeNode::name).toList());
        assertTrue(bad.problems().stream().anyMatch(p -> p.message().contains("not valid UTF-8")), bad.problems().toString());
        assertTrue(bad.complete());
    }

    @Test
    void symlinkLoopsAndDotDotAreReportedNotFollowed() throws Exception {
        LayerTar l = new LayerTar().symlink("a", "b").symlink("b", "/a").dir("etc").file("etc/../etc/passwd", "root")
                .file("../../escape", "no").hardlink("ghost", "missing/file");
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(List.of(step(l)), TestArchives.inOrder(1)));
        assertEquals(FileTree.Resolution.Status.LOOP, c.tree().resolve("/a/x").status());
        assertEquals(4, c.tree().find("/etc/passwd").orElseThrow().size());
        assertTrue(c.tree().find("/escape").isEmpty());
        assertFalse(c.complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.dataLost() && p.message().contains("climbs out of the root")));
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("hard link to /missing/file")));
    }

    @Test
    void capturesTheFinalCopyOfSmallFilesOnly() throws Exception {
        LayerTar l0 = new LayerTar().dir("etc").file("etc/passwd", "root:x:0:0\n").file("etc/gone", "bye")
                .file("etc/big", bytes(5000, 'B'), 0644);
        LayerTar l1 = new LayerTar().dir("etc").file("etc/passwd", "root:x:0:0\napp:x:1000:1000\n").whiteout("etc/gone");
        Path f = dir.resolve("save.tar");
        Files.write(f, TestArchives.dockerSave(List.of(step(l0), step(l1)), new int[] {1, 0}));
        ReadOptions options = ReadOptions.defaults()
                .withCapture(CaptureRule.whole(p -> p.startsWith("/etc/"), 1024))
                .withCapture(CaptureRule.prefix(p -> p.equals("/etc/big"), 16));
        ImageContents c = new ImageReader().read(ImageSource.ofPath(f), options, ReadListener.NONE);
        assertEquals("root:x:0:0\napp:x:1000:1000\n", c.capturedFile("/etc/passwd").orElseThrow().text());
        assertTrue(c.capturedFile("/etc/gone").isEmpty());
        CapturedFile big = c.capturedFile("/etc/big").orElseThrow();
        assertTrue(big.truncated());
        assertArrayEquals(bytes(16, 'B'), big.content());
        assertEquals(5000, big.size());
    }

    @Test
    void aCutShortArchiveIsAClearError() throws Exception {
        byte[] whole = TestArchives.dockerSave(TestArchives.handImage(), TestArchives.inOrder(3));
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> TestArchives.read(dir, Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(e.getMessage().contains("no manifest.json or index.json"), e.getMessage());
        assertTrue(e.getMessage().contains("cut short at byte"), e.getMessage());
    }

    @Test
    void aDamagedLayerFlagsTheResultIncompleteAndKeepsTheOthers() throws Exception {
        Path oci = dir.resolve("oci");
        TestArchives.ociLayout(oci, TestArchives.handImage(), List.of("none", "gzip", "none"));
        try (var blobs = Files.list(oci.resolve("blobs/sha256"))) {
            for (Path b : blobs.toList()) {
                byte[] content = Files.readAllBytes(b);
                if ((content[0] & 0xff) != 0x1f) continue;
                for (int i = 20; i < content.length - 8; i++) content[i] ^= 0x5a; // keep the gzip magic, spoil the rest
                Files.write(b, content);
            }
        }
        ImageContents c = TestArchives.read(oci);
        assertFalse(c.complete());
        assertFalse(c.layers().get(1).complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.layer() == 1 && p.message().contains("layer tar is damaged")),
                c.problems().toString());
        assertEquals(305, c.layers().get(2).bytes());
        assertTrue(c.tree().find("/cache/c").isPresent());
    }

    @Test
    void notAnArchiveAndAMissingFileAreClearErrors() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, "this is not a tar file at all, just words".repeat(50).getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(ImageReadException.class, () -> TestArchives.read(junk)).getMessage().contains("not a tar archive"));
        assertTrue(assertThrows(ImageReadException.class, () -> TestArchives.read(dir.resolve("none.tar"))).getMessage()
                .contains("no such file"));
        assertTrue(assertThrows(ImageReadException.class, () -> TestArchives.read(dir)).getMessage()
                .contains("not an OCI image layout"));
    }

    @Test
    void theEntryCapFlagsTheResultIncomplete() throws Exception {
        LayerTar l = new LayerTar();
        for (int i = 0; i < 50; i++) l.file("f" + i, "x");
        Path f = dir.resolve("many.tar");
        Files.write(f, TestArchives.dockerSave(List.of(step(l)), TestArchives.inOrder(1)));
        ImageContents c = new ImageReader().read(ImageSource.ofPath(f), ReadOptions.defaults().withMaxEntries(10), ReadListener.NONE);
        assertEquals(10, c.tree().size());
        assertFalse(c.complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("more than 10 entries")));
        assertEquals(50, c.layers().get(0).entries());
    }

    @Test
    void aHugeDeclaredFileCutShortEndsQuicklyWithAProblem() throws Exception {
        org.apache.commons.compress.archivers.tar.TarArchiveEntry e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("huge.bin");
        e.setSize(11L << 30); // 11 GiB declared, 1 MiB present
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        TarArchiveOutputStream tar = new TarArchiveOutputStream(raw);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.putArchiveEntry(e);
        tar.write(new byte[1 << 20]);
        tar.flush();
        byte[] layer = raw.toByteArray();
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(List.of(new Step("RUN big", layer)), TestArchives.inOrder(1)));
        assertFalse(c.complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("layer tar is damaged")), c.problems().toString());
    }

    @Test
    void cancellingStopsTheRead() throws Exception {
        LayerTar l = new LayerTar().file("big", bytes(3 << 20, 'q'), 0644);
        Path f = dir.resolve("big.tar");
        Files.write(f, TestArchives.dockerSave(List.of(step(l)), TestArchives.inOrder(1)));
        long[] seen = {0};
        ReadListener cancelAfterFirstReport = new ReadListener() {
            @Override
            public void progress(long bytesRead, long expectedBytes) {
                seen[0] = bytesRead;
            }

            @Override
            public boolean cancelled() {
                return seen[0] > 0;
            }
        };
        assertThrows(CancellationException.class,
                () -> new ImageReader().read(ImageSource.ofPath(f), ReadOptions.defaults(), cancelAfterFirstReport));
        assertTrue(seen[0] >= 1 << 20 && seen[0] < Files.size(f));
    }

    @Test
    void identicalContentHasTheSameDigestAndKindsAreRight() throws Exception {
        LayerTar l0 = new LayerTar().file("x", "same").file("y", "same").file("z", "other");
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(List.of(step(l0)), TestArchives.inOrder(1)));
        assertEquals(TestArchives.sha256("same".getBytes()), c.tree().find("/x").orElseThrow().digest());
        assertEquals(c.tree().find("/x").orElseThrow().digest(), c.tree().find("/y").orElseThrow().digest());
        assertEquals(3, c.layers().get(0).count(Kind.ADDED));
    }
}

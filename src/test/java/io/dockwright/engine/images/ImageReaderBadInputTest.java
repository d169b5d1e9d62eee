package io.dockwright.engine.images;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.dockwright.engine.images.TestArchives.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import io.dockwright.engine.images.TestArchives.LayerTar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives (issue #13's list) beside the ones ImageReaderTest covers: each a clear error or an incomplete result. */
class ImageReaderBadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A docker save whose manifest and config come first, then one layer entry declared {@code declared} bytes holding {@code layer}. */
    private static byte[] saveWithDeclaredLayer(byte[] layer, long declared) throws Exception {
        ObjectNode config = TestArchives.config(List.of(new TestArchives.Step("RUN make huge", layer)));
        byte[] configBytes = JSON.writeValueAsBytes(config);
        String configName = TestArchives.sha256(configBytes) + ".json";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode m = manifest.addObject().put("Config", configName);
        m.putArray("RepoTags").add("test/huge:latest");
        m.putArray("Layers").add("0123/layer.tar");
        TestArchives.put(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
        TestArchives.put(tar, configName, configBytes);
        TarArchiveEntry e = new TarArchiveEntry("0123/layer.tar");
        e.setSize(declared);
        tar.putArchiveEntry(e);
        tar.write(layer);
        tar.flush(); // and stop there: the rest of the declared size never comes
        return out.toByteArray();
    }

    @Test
    void aLayerDeclaredOver10GbButCutShortEndsIncompleteKeepingWhatCame() throws Exception {
        byte[] layer = new LayerTar().dir("opt").file("opt/first", "here").bytes();
        byte[] padded = Arrays.copyOf(layer, layer.length + (1 << 20)); // the layer, then zeros
        ImageContents c = TestArchives.read(dir, saveWithDeclaredLayer(padded, 11L << 30));
        assertFalse(c.complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.dataLost() && p.message().contains("cut short")), c.problems().toString());
        assertEquals(4, c.tree().find("/opt/first").orElseThrow().size());
    }

    @Test
    void aCorruptHeaderInTheArchiveIsAClearError() throws Exception {
        byte[] whole = TestArchives.dockerSave(TestArchives.handImage(), TestArchives.inOrder(3));
        byte[] spoiled = whole.clone();
        int header = -1;
        for (int at = 0, seen = 0; at < spoiled.length && header < 0; at += 512) { // the second layer's header in the archive
            if (new String(spoiled, at, 100, StandardCharsets.ISO_8859_1).trim().endsWith("/layer.tar") && ++seen == 2) header = at;
        }
        assertTrue(header > 0);
        for (int i = header; i < header + 512; i++) spoiled[i] = (byte) (i * 31 + 7);
        ImageReadException e = assertThrows(ImageReadException.class, () -> TestArchives.read(dir, spoiled));
        assertTrue(e.getMessage().contains("damaged or cut short at byte"), e.getMessage());
    }

    @Test
    void aMillionAndOneFilesHitTheDefaultCapAndEndIncomplete() throws Exception {
        int files = ReadOptions.DEFAULT_MAX_ENTRIES + 1;
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        GzipParameters fast = new GzipParameters();
        fast.setCompressionLevel(Deflater.BEST_SPEED);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(gz, fast))) {
            byte[] one = {'x'};
            for (int i = 0; i < files; i++) {
                TarArchiveEntry e = new TarArchiveEntry(String.format("m/%03d/%04d", i / 10_000, i % 10_000));
                e.setSize(1);
                tar.putArchiveEntry(e);
                tar.write(one);
                tar.closeArchiveEntry();
            }
        }
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(
                List.of(new TestArchives.Step("RUN make many", gz.toByteArray())), TestArchives.inOrder(1)));
        assertFalse(c.complete());
        assertTrue(c.problems().stream().anyMatch(p -> p.dataLost() && p.message().contains("more than 1000000 entries")),
                c.problems().toString());
        long listedFiles = c.tree().size() - 1 - 100; // /m and /m/000 to /m/099, made on the way, are not entries
        assertEquals(ReadOptions.DEFAULT_MAX_ENTRIES, listedFiles);
        assertEquals(files, c.layers().get(0).entries());
    }

    @Test
    void aNonUtf8NameInAHardLinkAndADotDotLinkTargetDoNotEscape() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (TarArchiveOutputStream latin1 = new TarArchiveOutputStream(raw, "ISO-8859-1")) {
            TestArchives.put(latin1, "caf\u00e9", "x".getBytes());
            TarArchiveEntry link = new TarArchiveEntry("link", org.apache.commons.compress.archivers.tar.TarConstants.LF_LINK);
            link.setLinkName("caf\u00e9");
            latin1.putArchiveEntry(link);
            latin1.closeArchiveEntry();
            TarArchiveEntry out = new TarArchiveEntry("out", org.apache.commons.compress.archivers.tar.TarConstants.LF_LINK);
            out.setLinkName("../../etc/passwd");
            latin1.putArchiveEntry(out);
            latin1.closeArchiveEntry();
        }
        ImageContents c = TestArchives.read(dir, TestArchives.dockerSave(
                List.of(new TestArchives.Step("RUN links", raw.toByteArray())), TestArchives.inOrder(1)));
        assertTrue(c.complete(), c.problems().toString()); // a name ending in a byte that is not UTF-8 broke the layer once
        assertEquals(1, c.tree().find("/caf\\xe9").orElseThrow().size());
        assertEquals(1, c.tree().find("/link").orElseThrow().size()); // the link found its target by the same name
        assertEquals(0, c.tree().find("/out").orElseThrow().size());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("/out: hard link")), c.problems().toString());
    }

    @Test
    void theReaderNeverWritesFiles() {
        DescribedPredicate<JavaCall<?>> writesFiles = DescribedPredicate.describe("writes a file", call ->
                call.getTargetOwner().isEquivalentTo(Files.class) && call.getName().matches(
                        "write.*|newOutputStream|newBufferedWriter|newByteChannel|create.*|copy|move"));
        noClasses().that().resideInAPackage("io.dockwright.engine.images..")
                .should().callMethodWhere(writesFiles)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.FileOutputStream.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.RandomAccessFile.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.FileWriter.class.getName())
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.dockwright.engine.images"));
    }

}

package io.dockwright.engine.images.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One streaming pass over a {@code docker save} or OCI archive. Entries come in any order (Engine 20.10 writes
 * manifest.json after the layers), so each layer is parsed as it passes and kept by its name; small JSON
 * files are kept whole; the layout is resolved afterwards. Nothing is written anywhere.
 */
final class ArchiveScanner {
    static final int MAX_JSON_BYTES = 16 << 20;
    private final LayerParser parser;

    ArchiveScanner(LayerParser parser) {
        this.parser = parser;
    }

    ArchiveScan scan(InputStream source, ProgressStream counter) throws IOException {
        ArchiveScan scan = new ArchiveScan();
        BufferedInputStream outer = LayerParser.buffered(source);
        Decompression.Kind kind = Decompression.sniff(outer);
        if (kind == Decompression.Kind.JSON || kind == Decompression.Kind.OTHER) {
            throw new IOException("not a tar archive (nor a gzip- or zstd-compressed one)");
        }
        TarArchiveInputStream tar = new StrictTarInput(Decompression.open(kind, outer));
        String last = null;
        try {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                last = e.getName();
                if (e.isSymbolicLink()) {
                    link(scan, name(e.getName()), e.getLinkName());
                    continue;
                }
                if (e.isLink()) { // a hard link names its target from the archive's root
                    scan.links.put(name(e.getName()), name(e.getLinkName()));
                    continue;
                }
                if (!e.isFile()) continue;
                entry(scan, name(e.getName()), e.getSize(), tar);
            }
        } catch (ReadCancelled c) {
            throw c;
        } catch (IOException | RuntimeException broken) {
            scan.truncation = "the archive is damaged or cut short at byte " + counter.count()
                    + (last == null ? "" : " (in or after '" + last + "')") + ": " + LayerParser.describe(broken);
        }
        return scan;
    }

    /**
     * Engine 20.10's {@code docker save} writes a layer that two entries share (the same layer under another
     * image's or position's ID) once, and the other {@code layer.tar} as a symlink to it ("../ID/layer.tar").
     */
    private static void link(ArchiveScan scan, String name, String target) {
        if (target == null || target.isEmpty() || target.startsWith("/")) return;
        String resolved = PathNames.normalize(PathNames.child(PathNames.parent("/" + name), target));
        if (resolved != null && !resolved.equals("/")) scan.links.put(name, resolved.substring(1));
    }

    static String name(String raw) {
        String n = raw;
        while (n.startsWith("./")) n = n.substring(2);
        while (n.startsWith("/")) n = n.substring(1);
        return n;
    }

    /** Classifies one archive entry by its first bytes and keeps what the layout may need. */
    void entry(ArchiveScan scan, String name, long size, InputStream content) throws IOException {
        BufferedInputStream in = LayerParser.buffered(content);
        Decompression.Kind kind = Decompression.sniff(in);
        switch (kind) {
            case JSON -> {
                if (size <= MAX_JSON_BYTES) scan.json.put(name, in.readAllBytes());
            }
            case GZIP, ZSTD, TAR -> scan.layers.put(name, parser.parse(name, kind, in));
            default -> { } // VERSION files, attestation blobs and the like
        }
    }
}

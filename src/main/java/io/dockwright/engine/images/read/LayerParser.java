package io.dockwright.engine.images.read;

import io.dockwright.engine.images.FileType;
import io.dockwright.engine.images.ReadOptions;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer (a tar, gzip- or zstd-compressed) as a stream, entry by entry: records each path, its
 * whiteouts and opaque markers, hashes and captures content as asked, and skips the rest. A damaged layer ends
 * with what was read so far and a problem saying where.
 */
final class LayerParser {
    private static final int BUFFER = 1 << 16;
    private final ReadOptions options;
    private final Budget budget;
    private final byte[] buffer = new byte[BUFFER];

    LayerParser(ReadOptions options, Budget budget) {
        this.options = options;
        this.budget = budget;
    }

    /** Parses a layer whose kind was sniffed already; never throws for bad content (only for cancel or I/O below it). */
    LayerRecord parse(String archivePath, Decompression.Kind kind, InputStream raw) {
        LayerRecord record = new LayerRecord(archivePath);
        InputStream in = new NonClosing(raw);
        long entryIndex = 0;
        String current = null;
        try (TarArchiveInputStream tar = new StrictTarInput(Decompression.open(kind, in))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                entryIndex++;
                current = e.getName();
                record.tarEntries++;
                accept(record, tar, e);
            }
        } catch (ReadCancelled c) {
            throw c;
        } catch (IOException | RuntimeException broken) {
            String where = current == null ? "at its start" : "after entry " + entryIndex + " (" + current + ")";
            record.lossProblems.add("layer tar is damaged " + where + ": " + describe(broken)
                    + "; the rest of this layer is missing");
        }
        return record;
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank()) ? t.getClass().getSimpleName() : m;
    }

    private void accept(LayerRecord record, TarArchiveInputStream tar, TarArchiveEntry e) throws IOException {
        String name = e.getName();
        if (name.length() > PathNames.MAX_PATH_CHARS) {
            record.lossProblems.add("an entry name of " + name.length() + " characters (over "
                    + PathNames.MAX_PATH_CHARS + ") was skipped");
            return;
        }
        if (EscapingUtf8.escaped(name) || name.indexOf('\uFFFD') >= 0) {
            name = EscapingUtf8.printable(name);
            record.problems.add(name + ": the name is not valid UTF-8 (its other bytes shown as \\xNN)");
        }
        String path = PathNames.normalize(name);
        if (path == null) {
            record.lossProblems.add("entry '" + name + "' climbs out of the root with '..'; skipped");
            return;
        }
        String base = PathNames.baseName(path);
        if (base.startsWith(PathNames.WHITEOUT)) {
            whiteout(record, path, base);
            return;
        }
        if (path.equals("/")) return; // the root's own entry
        if (!budget.takeEntry()) {
            if (record.lossProblems.stream().noneMatch(p -> p.startsWith("more than")))
                record.lossProblems.add("more than " + budget.maxEntries() + " entries in the image; the rest are not listed");
            return;
        }
        FileType type = typeOf(e);
        long size = type == FileType.FILE ? (e.isSparse() ? e.getRealSize() : e.getSize()) : 0;
        String link = type == FileType.SYMLINK || type == FileType.HARDLINK ? e.getLinkName() : null;
        if (type == FileType.HARDLINK) link = PathNames.normalize(link == null ? "" : link);
        byte[] digest = null;
        byte[] captured = null;
        boolean prefix = false;
        if (type == FileType.FILE) {
            long take = options.captureBytes(path, size);
            if (take >= 0 && !budget.takeCapture(take)) {
                record.problems.add(path + ": not captured, the capture budget is spent");
                take = -1;
            }
            boolean hash = options.digests() && size <= options.digestMaxBytes();
            if (hash || take >= 0) {
                ContentRead read = readContent(tar, hash, (int) Math.max(take, 0));
                digest = read.digest;
                if (take >= 0) {
                    captured = read.head;
                    prefix = take < size;
                }
            }
        }
        record.entries.add(new RawEntry(path, type, size, e.getMode() & 07777, (int) e.getLongUserId(),
                (int) e.getLongGroupId(), link, digest, captured, prefix));
    }

    private static void whiteout(LayerRecord record, String path, String base) {
        if (base.equals(PathNames.OPAQUE)) {
            record.opaques.add(PathNames.parent(path));
        } else if (!base.startsWith(PathNames.WHITEOUT + PathNames.WHITEOUT)) { // .wh..wh.* other than opq: aufs metadata
            record.whiteouts.add(PathNames.child(PathNames.parent(path), base.substring(PathNames.WHITEOUT.length())));
        }
    }

    private record ContentRead(byte[] digest, byte[] head) {}

    private ContentRead readContent(InputStream in, boolean hash, int keep) throws IOException {
        MessageDigest sha = hash ? sha256() : null;
        byte[] head = new byte[keep];
        int kept = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (sha != null) sha.update(buffer, 0, n);
            if (kept < keep) {
                int c = Math.min(keep - kept, n);
                System.arraycopy(buffer, 0, head, kept, c);
                kept += c;
            }
            if (sha == null && kept >= keep) break;
        }
        if (kept < keep) head = java.util.Arrays.copyOf(head, kept);
        return new ContentRead(sha == null ? null : sha.digest(), head);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileType typeOf(TarArchiveEntry e) {
        if (e.isDirectory()) return FileType.DIRECTORY;
        if (e.isSymbolicLink()) return FileType.SYMLINK;
        if (e.isLink()) return FileType.HARDLINK;
        if (e.isCharacterDevice() || e.isBlockDevice()) return FileType.DEVICE;
        if (e.isFIFO()) return FileType.FIFO;
        return FileType.FILE;
    }

    /** Keeps the archive's stream open when a layer's tar reader closes. */
    static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the enclosing archive goes on
        }
    }

    static BufferedInputStream buffered(InputStream in) {
        return new BufferedInputStream(in, BUFFER);
    }
}

package io.dockwright.ui.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autosaved copies of unsaved buffers. Each app session writes its own file ({@code <pid>-<id>.json});
 * on start, files left by sessions that are no longer running are offered for restore.
 */
public final class RecoveryStore {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    /** One autosaved buffer: the file it belongs to (null for an untitled buffer) and its text. */
    public record Snapshot(String path, String text, long savedAt, long pid) {}

    /** A snapshot found on disk, with the file holding it. */
    public record Orphan(Path file, Snapshot snapshot) {}

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;
    private final Path own;

    public RecoveryStore(Path dir, String sessionId) {
        this.dir = dir;
        this.own = dir.resolve(ProcessHandle.current().pid() + "-" + sessionId + ".json");
    }

    public void save(String path, String text) throws IOException {
        Snapshot s = new Snapshot(path, text, System.currentTimeMillis(), ProcessHandle.current().pid());
        TextFiles.writeAtomically(own, json.writeValueAsBytes(s));
    }

    /** Forgets this session's snapshot (after a save, a discard or a clean exit). */
    public void clear() throws IOException {
        Files.deleteIfExists(own);
    }

    /** Snapshots of other sessions whose process is gone, newest first. Unreadable files are skipped. */
    public List<Orphan> orphans() {
        List<Orphan> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                if (f.equals(own)) continue;
                try {
                    Snapshot s = json.readValue(f.toFile(), Snapshot.class);
                    if (s.text() != null && !isRunningElsewhere(s.pid())) out.add(new Orphan(f, s));
                } catch (IOException e) {
                    LOG.info("Skipped {}: not a recovery snapshot Dockwright can read ({})", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the recovery folder {}", dir, e);
            return out;
        }
        out.sort(Comparator.comparingLong((Orphan o) -> o.snapshot().savedAt()).reversed());
        return out;
    }

    public void discard(Orphan orphan) throws IOException {
        Files.deleteIfExists(orphan.file());
    }

    private static boolean isRunningElsewhere(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}

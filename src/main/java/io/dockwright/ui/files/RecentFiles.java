package io.dockwright.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The most recently opened files, newest first, kept one path a line in a small text file. */
public final class RecentFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    private final Path store;
    private final int max;

    public RecentFiles(Path store, int max) {
        this.store = store;
        this.max = max;
    }

    /** The list as stored; an unreadable or corrupt store reads as empty. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            if (!Files.isRegularFile(store)) return out;
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    Path p = Path.of(line.strip());
                    if (!out.contains(p)) out.add(p);
                } catch (InvalidPathException e) {
                    LOG.info("Skipped a line of {} that is not a path: {}", store, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the recent files list {}", store, e);
            return out;
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** Moves {@code file} to the top of the list and saves it. */
    public List<Path> add(Path file) throws IOException {
        List<Path> list = list();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        return save(list);
    }

    public List<Path> remove(Path file) throws IOException {
        List<Path> list = list();
        list.remove(file.toAbsolutePath().normalize());
        return save(list);
    }

    public List<Path> clear() throws IOException {
        return save(new ArrayList<>());
    }

    private List<Path> save(List<Path> list) throws IOException {
        List<Path> kept = list.size() > max ? new ArrayList<>(list.subList(0, max)) : list;
        StringBuilder sb = new StringBuilder();
        kept.forEach(p -> sb.append(p).append('\n'));
        TextFiles.writeAtomically(store, sb.toString().getBytes(StandardCharsets.UTF_8));
        return kept;
    }
}

package io.dockwright.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The small properties files the window keeps its state in: read leniently, written whole or not at all. */
final class PropertiesFile {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesFile.class);
    private PropertiesFile() { }

    /** The file's properties; empty when it is missing or unreadable (a malformed escape, an I/O error). */
    static Optional<Properties> load(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (Reader r = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(r);
            return Optional.of(p);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}; its defaults apply", file, e);
            return Optional.empty();
        }
    }

    /** Writes {@code p} to a temporary file beside {@code file}, then moves it in place in one step. */
    static void store(Path file, Properties p, String comment) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "state", ".tmp"); // two windows quitting at once do not share it
        try {
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, comment);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package io.dockwright.optimize.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dockwright.files.AtomicFiles;
import io.dockwright.files.FileKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probes of each Dockerfile, as JSON files in a folder (one per Dockerfile, named by a hash of its absolute
 * path, holding that path and its {@link Probes}), written atomically. A file that cannot be read or holds an
 * invalid probe is kept aside as {@code NAME.corrupt-DATE} and reads as no probes, with the problem said.
 */
public final class ProbeStore {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path dir;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ProbeStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** What a probe file holds. */
    public record File(String dockerfile, Probes probes) {}

    /** The probes read, and what was wrong with the file (null when nothing). */
    public record Loaded(Probes probes, String problem) {}

    public synchronized Loaded load(Path dockerfile) {
        Path f = fileFor(dockerfile);
        if (!Files.isRegularFile(f)) return new Loaded(Probes.NONE, null);
        try {
            File read = json.readValue(f.toFile(), File.class);
            return new Loaded(read.probes() == null ? Probes.NONE : read.probes(), null);
        } catch (IOException | RuntimeException e) {
            Path aside = f.resolveSibling(f.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
            LOG.warn("Unusable probe file {}", f, e);
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            try {
                Files.move(f, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Cannot move the unusable probe file {} aside", f, moveFailed);
                return new Loaded(Probes.NONE, "The probes in " + f + " cannot be used (" + why + ").");
            }
            return new Loaded(Probes.NONE, "The probes in " + f + " cannot be used (" + why + "); the file is kept as " + aside + ".");
        }
    }

    /** Saves the probes of {@code dockerfile} (no probes: the file is removed). */
    public synchronized void save(Path dockerfile, Probes probes) throws IOException {
        Path f = fileFor(dockerfile);
        if (probes.equals(Probes.NONE)) {
            Files.deleteIfExists(f);
            return;
        }
        Files.createDirectories(dir);
        AtomicFiles.write(f, json.writeValueAsString(new File(dockerfile.toAbsolutePath().normalize().toString(), probes))
                .getBytes(StandardCharsets.UTF_8));
    }

    Path fileFor(Path dockerfile) {
        return dir.resolve(FileKeys.of(dockerfile) + ".json");
    }
}

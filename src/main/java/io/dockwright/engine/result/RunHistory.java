package io.dockwright.engine.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Past build results per Dockerfile, as JSON files in a folder (one file per Dockerfile, named by a hash of
 * its absolute path), newest last, capped. Written atomically; an unreadable file reads as empty.
 */
public final class RunHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);
    public static final int MAX_RUNS = 50;
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunHistory(Path dir) {
        this.dir = dir;
    }

    /** One recorded build; {@code at} is an ISO-8601 instant. */
    public record Run(String at, BuildResult result) {
        public Instant instant() {
            return Instant.parse(at);
        }
    }

    /** What a history file holds. */
    public record File(String dockerfile, List<Run> runs) {}

    public synchronized void record(Path dockerfile, BuildResult result, Instant at) throws IOException {
        List<Run> runs = new ArrayList<>(runs(dockerfile));
        runs.add(new Run(at.toString(), result));
        while (runs.size() > MAX_RUNS) runs.remove(0);
        Files.createDirectories(dir);
        Path target = fileFor(dockerfile);
        io.dockwright.files.AtomicFiles.write(target, json.writeValueAsString(
                new File(dockerfile.toAbsolutePath().toString(), runs)).getBytes(StandardCharsets.UTF_8));
    }

    /** The runs of a Dockerfile, oldest first; empty when none (or the file is unreadable). */
    public synchronized List<Run> runs(Path dockerfile) {
        Path f = fileFor(dockerfile);
        if (!Files.isRegularFile(f)) return List.of();
        try {
            return json.readValue(f.toFile(), File.class).runs();
        } catch (IOException e) {
            LOG.warn("Cannot read the run history {}; it starts empty", f, e);
            return List.of();
        }
    }

    Path fileFor(Path dockerfile) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(dockerfile.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(h, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

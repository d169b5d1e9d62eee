package io.dockwright.engine.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.images.read.ReadCancelled;
import io.dockwright.engine.images.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;

/**
 * Reads what is inside an image in one streaming pass, from the engine, a {@code docker save} or OCI archive,
 * or an OCI layout directory. Memory holds the paths and what was asked to be captured, never the layers;
 * nothing from the image is written to disk. Safe to call from any thread but the UI's; one read per call.
 */
public final class ImageReader {
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Reads the image. Bad content gives a result with {@link ImageContents#problems()} (and
     * {@link ImageContents#complete()} false when data was lost); an image that cannot be read at all gives an
     * {@link ImageReadException} whose message says why and where.
     *
     * @throws CancellationException when {@link ReadListener#cancelled()} turned true
     */
    public ImageContents read(ImageSource source, ReadOptions options, ReadListener listener) throws ImageReadException {
        try {
            if (source instanceof ImageSource.Engine e) return fromEngine(e, options, listener);
            if (source instanceof ImageSource.Archive a) return fromArchive(a, options, listener);
            return Readers.ociDirectory(((ImageSource.OciDirectory) source).directory(), options, listener);
        } catch (ReadCancelled c) {
            throw new CancellationException("reading " + source.describe() + " was cancelled");
        } catch (IOException e) {
            throw new ImageReadException(source.describe() + ": " + describe(e), e);
        } catch (RuntimeException e) {
            throw new ImageReadException(source.describe() + ": cannot be read: " + describe(e), e);
        }
    }

    private ImageContents fromArchive(ImageSource.Archive a, ReadOptions options, ReadListener listener)
            throws IOException, ImageReadException {
        if (!Files.isRegularFile(a.file())) throw new NoSuchFileException(a.file().toString(), null, "no such file");
        try (InputStream in = Files.newInputStream(a.file())) {
            return Readers.archive(a.file().toString(), in, Files.size(a.file()), null, options, listener);
        }
    }

    private ImageContents fromEngine(ImageSource.Engine e, ReadOptions options, ReadListener listener)
            throws IOException, ImageReadException {
        String ref = enc(e.image());
        long expected = -1;
        try (DockerHttpClient.Response r = e.http().execute(get("/images/" + ref + "/json")); InputStream body = r.getBody()) {
            JsonNode node = json.readTree(body);
            if (r.getStatusCode() == 404) throw new ImageReadException("no such image on the engine: " + e.image());
            if (r.getStatusCode() != 200) {
                throw new ImageReadException(e.image() + ": the engine answered HTTP " + r.getStatusCode() + " "
                        + node.path("message").asText());
            }
            expected = node.path("Size").asLong(-1);
        }
        try (DockerHttpClient.Response r = e.http().execute(get("/images/" + ref + "/get")); InputStream body = r.getBody()) {
            if (r.getStatusCode() != 200) {
                throw new ImageReadException(e.image() + ": exporting failed, HTTP " + r.getStatusCode() + " "
                        + new String(body.readNBytes(2000), StandardCharsets.UTF_8).strip());
            }
            return Readers.archive(e.image(), body, expected, e.image(), options, listener);
        }
    }

    private static DockerHttpClient.Request get(String path) {
        return DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path(path).build();
    }

    private static String enc(String ref) {
        return io.dockwright.engine.result.ImageAnalyzer.enc(ref);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        if (t instanceof NoSuchFileException) return "no such file";
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}

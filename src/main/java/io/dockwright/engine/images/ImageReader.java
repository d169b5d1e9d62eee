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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * Reads several images of one engine from one export ({@code GET /images/get?names=...}, what {@code docker save A B}
     * reads), so the layers they share (a common base, an image built on the other) stream and parse once:
     * {@code images.get(i)} with {@code options} and {@code attributions.get(i)}, results in the same order.
     *
     * @throws CancellationException when {@link ReadListener#cancelled()} turned true
     */
    public List<ImageContents> readTogether(DockerHttpClient http, List<String> images, ReadOptions options,
                                            List<Attribution> attributions, ReadListener listener) throws ImageReadException {
        if (images.size() != attributions.size()) throw new IllegalArgumentException("one attribution per image");
        String describe = String.join(", ", images);
        try {
            List<String> ids = new ArrayList<>();
            long expected = 0;
            for (String image : images) {
                JsonNode node = inspect(http, image);
                ids.add(node.path("Id").asText());
                expected += node.path("Size").asLong(0);
            }
            StringBuilder query = new StringBuilder();
            for (String id : new LinkedHashSet<>(ids)) query.append(query.length() == 0 ? "?" : "&").append("names=").append(enc(id));
            try (DockerHttpClient.Response r = http.execute(get("/images/get" + query)); InputStream body = r.getBody()) {
                checkExport(describe, r, body);
                return Readers.archives(images, body, expected, ids, options, attributions, listener);
            }
        } catch (ReadCancelled c) {
            throw new CancellationException("reading " + describe + " was cancelled");
        } catch (IOException e) {
            throw new ImageReadException(describe + ": " + describe(e), e);
        } catch (RuntimeException e) {
            throw new ImageReadException(describe + ": cannot be read: " + describe(e), e);
        }
    }

    private ImageContents fromEngine(ImageSource.Engine e, ReadOptions options, ReadListener listener)
            throws IOException, ImageReadException {
        long expected = inspect(e.http(), e.image()).path("Size").asLong(-1);
        try (DockerHttpClient.Response r = e.http().execute(get("/images/" + enc(e.image()) + "/get")); InputStream body = r.getBody()) {
            checkExport(e.image(), r, body);
            return Readers.archive(e.image(), body, expected, e.image(), options, listener);
        }
    }

    /** The engine's inspect of an image ({@code GET /images/{name}/json}); a clear error when it has none. */
    private JsonNode inspect(DockerHttpClient http, String image) throws IOException, ImageReadException {
        try (DockerHttpClient.Response r = http.execute(get("/images/" + enc(image) + "/json")); InputStream body = r.getBody()) {
            JsonNode node = json.readTree(body);
            if (r.getStatusCode() == 404) throw new ImageReadException("no such image on the engine: " + image);
            if (r.getStatusCode() != 200) {
                throw new ImageReadException(image + ": the engine answered HTTP " + r.getStatusCode() + " "
                        + node.path("message").asText());
            }
            return node;
        }
    }

    private static void checkExport(String what, DockerHttpClient.Response r, InputStream body) throws IOException, ImageReadException {
        if (r.getStatusCode() != 200) {
            throw new ImageReadException(what + ": exporting failed, HTTP " + r.getStatusCode() + " "
                    + new String(body.readNBytes(2000), StandardCharsets.UTF_8).strip());
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

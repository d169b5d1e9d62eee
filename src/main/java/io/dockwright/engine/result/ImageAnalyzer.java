package io.dockwright.engine.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.builds.DockerfileOutline;
import io.dockwright.engine.builds.DockerfileOutline.Entry;
import io.dockwright.engine.builds.DockerfileOutline.StageInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a built image through the engine's HTTP API ({@code GET /images/{id}/json} and
 * {@code /images/{id}/history}, which docker-java lacks) and maps each history entry to the instruction that
 * made it: the first entries, as many as the base image's history has, are the base image's; the rest are
 * aligned in order with the instructions of the target's stage chain by keyword.
 */
public final class ImageAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(ImageAnalyzer.class);
    private static final Set<String> KEYWORDS = Set.of("RUN", "COPY", "ADD", "ENV", "ARG", "WORKDIR", "USER", "LABEL",
            "EXPOSE", "VOLUME", "ENTRYPOINT", "CMD", "HEALTHCHECK", "SHELL", "STOPSIGNAL", "ONBUILD", "MAINTAINER");
    private final ObjectMapper json = new ObjectMapper();

    public record Inspection(String id, long sizeBytes, List<JsonNode> historyOldestFirst) {}

    public long imageSize(DockerHttpClient http, String image) throws IOException {
        return get(http, "/images/" + enc(image) + "/json").path("Size").asLong();
    }

    public String imageId(DockerHttpClient http, String image) throws IOException {
        return get(http, "/images/" + enc(image) + "/json").path("Id").asText();
    }

    public List<JsonNode> history(DockerHttpClient http, String image) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        get(http, "/images/" + enc(image) + "/history").forEach(n -> out.add(0, n));
        return out;
    }

    /** Size, id and layers of {@code imageId}, built from {@code dockerfile} for {@code target}. */
    public BuildResult analyse(DockerHttpClient http, String imageId, String label, String tag, String dockerfile,
                               String target, Map<String, String> buildArgs, double seconds, String backend) throws IOException {
        JsonNode inspect = get(http, "/images/" + enc(imageId) + "/json");
        List<JsonNode> history = history(http, imageId);
        DockerfileOutline outline = DockerfileOutline.of(dockerfile);
        String base = outline.externalBase(target, buildArgs);
        int baseCount = 0;
        if (base != null && !base.equalsIgnoreCase("scratch")) {
            try {
                baseCount = history(http, base).size();
            } catch (IOException e) { // base image not known locally: no layer is marked as base
                LOG.info("The base image {} is not known to the engine ({}); no layer is marked as base", base, e.getMessage());
                baseCount = 0;
            }
        }
        List<Layer> layers = map(history, baseCount, outline, target);
        return new BuildResult(label, inspect.path("Id").asText(), tag, inspect.path("Size").asLong(), layers, seconds, backend);
    }

    static List<Layer> map(List<JsonNode> history, int baseCount, DockerfileOutline outline, String target) {
        List<Entry> chain = new ArrayList<>();
        List<Integer> chainStages = outline.chain(target).stream().map(StageInfo::index).toList();
        for (Entry e : outline.entries()) {
            if (chainStages.contains(e.stage()) && !e.keyword().equals("FROM")) chain.add(e);
        }
        List<Layer> layers = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < history.size(); i++) {
            JsonNode h = history.get(i);
            long size = h.path("Size").asLong();
            String createdBy = h.path("CreatedBy").asText("");
            if (i < baseCount) {
                layers.add(new Layer(size, createdBy, true, -1, 0, null));
                continue;
            }
            String keyword = keywordOf(createdBy);
            Entry match = null;
            for (int k = next; k < chain.size(); k++) {
                if (chain.get(k).keyword().equals(keyword)) {
                    match = chain.get(k);
                    next = k + 1;
                    break;
                }
            }
            layers.add(match == null
                    ? new Layer(size, createdBy, false, -1, 0, null)
                    : new Layer(size, createdBy, false, match.stage(), match.line(), match.text()));
        }
        return layers;
    }

    /** The instruction keyword a history entry's CreatedBy stands for (classic {@code #(nop)}, BuildKit, RUN). */
    static String keywordOf(String createdBy) {
        String s = createdBy.strip();
        int nop = s.indexOf("#(nop)");
        if (nop >= 0) s = s.substring(nop + 6).strip();
        String first = s.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (KEYWORDS.contains(first)) return first;
        return nop >= 0 ? first : "RUN";
    }

    private JsonNode get(DockerHttpClient http, String path) throws IOException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path(path).build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            JsonNode node = json.readTree(body);
            if (response.getStatusCode() != 200) {
                throw new IOException("GET " + path + ": HTTP " + response.getStatusCode() + " " + node.path("message").asText());
            }
            return node;
        } catch (RuntimeException e) {
            throw new IOException("GET " + path + " failed: " + e.getMessage(), e);
        }
    }

    private static String enc(String ref) {
        return URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":").replace("%2F", "/");
    }
}

package io.dockwright.engine.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.result.ImageAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an image's base among the engine's tagged images without a Dockerfile: the image whose layers
 * ({@code RootFS.Layers}) are the longest proper prefix of this one's. Its history length then says which
 * history entries, and so which layers, are the base's.
 */
public final class BaseImageFinder {
    private final ImageAnalyzer analyzer = new ImageAnalyzer();

    /** A base image: a tag of it, its layer count and its history length. */
    public record Base(String name, int layers, int historyEntries) {}

    public Optional<Base> find(DockerHttpClient http, String image) throws IOException {
        JsonNode self = get(http, "/images/" + enc(image) + "/json");
        List<String> mine = layers(self);
        if (mine.isEmpty()) return Optional.empty();
        List<String> myHistory = null;
        Base best = null;
        for (JsonNode summary : get(http, "/images/json")) {
            String tag = firstTag(summary);
            String id = summary.path("Id").asText();
            if (tag == null || id.equals(self.path("Id").asText()) || summary.path("Size").asLong() > self.path("Size").asLong()
                    || summary.path("Created").asLong() > createdSeconds(self)) continue;
            List<String> theirs = layers(get(http, "/images/" + enc(id) + "/json"));
            if (theirs.isEmpty() || theirs.size() >= mine.size() || !mine.subList(0, theirs.size()).equals(theirs)) continue;
            if (best != null && theirs.size() < best.layers()) continue;
            // an image FROM the same base with only ENV/CMD lines shares its layers: its history must be ours too
            if (myHistory == null) myHistory = createdBy(http, image);
            List<String> history = createdBy(http, id);
            if (history.size() > myHistory.size() || !myHistory.subList(0, history.size()).equals(history)) continue;
            if (best == null || theirs.size() > best.layers() || history.size() > best.historyEntries()) {
                best = new Base(tag, theirs.size(), history.size());
            }
        }
        return Optional.ofNullable(best);
    }

    private static long createdSeconds(JsonNode inspect) {
        try {
            return java.time.OffsetDateTime.parse(inspect.path("Created").asText()).toEpochSecond();
        } catch (RuntimeException unparsable) {
            return Long.MAX_VALUE;
        }
    }

    private List<String> createdBy(DockerHttpClient http, String image) throws IOException {
        List<String> out = new ArrayList<>();
        get(http, "/images/" + enc(image) + "/history").forEach(h -> out.add(0, h.path("CreatedBy").asText()));
        return out;
    }

    private static String firstTag(JsonNode summary) {
        for (JsonNode t : summary.path("RepoTags")) {
            if (!t.asText().startsWith("<none>")) return t.asText();
        }
        return null;
    }

    private static List<String> layers(JsonNode inspect) {
        List<String> out = new ArrayList<>();
        inspect.path("RootFS").path("Layers").forEach(l -> out.add(l.asText()));
        return out;
    }

    private JsonNode get(DockerHttpClient http, String path) throws IOException {
        return analyzer.get(http, path);
    }

    private static String enc(String ref) {
        return ImageAnalyzer.enc(ref);
    }
}

package io.dockwright.engine.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.engine.result.ImageAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an image's base among the engine's tagged images without a Dockerfile: the image whose layers
 * ({@code RootFS.Layers}) are the longest proper prefix of this one's, and whose history is a prefix of this one's
 * (an image FROM the same base with only ENV or CMD lines shares the layers but not the history). Its history
 * length then says which history entries, and so which layers, are the base's.
 * <p>
 * The engine's image list (one call) carries no layers, so candidates are inspected one by one, but few: first the
 * tagged ancestors the list's {@code ParentId} chain names (the classic builder records it), then the tagged images
 * no larger and no newer than this one, largest first. An image's size is the sum of its layers', so the first
 * candidate that matches is the base but for images of the same size (empty layers), which are looked at too.
 */
public final class BaseImageFinder {
    private final ImageAnalyzer analyzer = new ImageAnalyzer();

    /** A base image: a tag of it, its layer count and its history length. */
    public record Base(String name, int layers, int historyEntries) {}

    public Optional<Base> find(DockerHttpClient http, String image) throws IOException {
        JsonNode self = get(http, "/images/" + enc(image) + "/json");
        List<String> mine = layers(self);
        if (mine.isEmpty()) return Optional.empty();
        String selfId = self.path("Id").asText();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode summary : get(http, "/images/json")) byId.put(summary.path("Id").asText(), summary);
        Matcher matcher = new Matcher(http, image, mine);
        for (JsonNode a = byId.get(byId.getOrDefault(selfId, self).path("ParentId").asText()); a != null;
             a = byId.get(a.path("ParentId").asText())) {
            if (firstTag(a) != null) {
                Optional<Base> parent = matcher.match(a);
                if (parent.isPresent()) return parent;
            }
        }
        long size = self.path("Size").asLong();
        long created = createdSeconds(self);
        List<JsonNode> candidates = byId.values().stream()
                .filter(s -> firstTag(s) != null && !s.path("Id").asText().equals(selfId))
                .filter(s -> s.path("Size").asLong() <= size && s.path("Created").asLong() <= created)
                .sorted(Comparator.comparingLong((JsonNode s) -> s.path("Size").asLong()).reversed()).toList();
        Base best = null;
        long bestSize = -1;
        for (JsonNode c : candidates) {
            if (best != null && c.path("Size").asLong() < bestSize) break;
            Optional<Base> found = matcher.match(c);
            if (found.isEmpty()) continue;
            Base b = found.get();
            if (best == null || b.layers() > best.layers() || b.historyEntries() > best.historyEntries()) best = b;
            bestSize = c.path("Size").asLong();
        }
        return Optional.ofNullable(best);
    }

    /** Tells whether an image of the list is a base of the one looked at, inspecting it (and its history when its layers match). */
    private final class Matcher {
        private final DockerHttpClient http;
        private final String image;
        private final List<String> mine;
        private List<String> myHistory;

        Matcher(DockerHttpClient http, String image, List<String> mine) {
            this.http = http;
            this.image = image;
            this.mine = mine;
        }

        Optional<Base> match(JsonNode summary) throws IOException {
            String id = summary.path("Id").asText();
            List<String> theirs = layers(get(http, "/images/" + enc(id) + "/json"));
            if (theirs.isEmpty() || theirs.size() >= mine.size() || !mine.subList(0, theirs.size()).equals(theirs)) {
                return Optional.empty();
            }
            if (myHistory == null) myHistory = createdBy(http, image);
            List<String> history = createdBy(http, id);
            if (history.size() > myHistory.size() || !myHistory.subList(0, history.size()).equals(history)) return Optional.empty();
            return Optional.of(new Base(firstTag(summary), theirs.size(), history.size()));
        }
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

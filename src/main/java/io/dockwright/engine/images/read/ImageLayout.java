package io.dockwright.engine.images.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.images.RuntimeConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which layers make the image, in order, and its config: from {@code manifest.json} ({@code docker save}, also
 * written by Docker 25+ beside the OCI files) or from {@code index.json} and the manifests it names (OCI layout;
 * a multi-platform index picks linux/amd64, else the first image manifest that is not an attestation).
 */
final class ImageLayout {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String imageId;
    final List<String> repoTags;
    final List<String> layerPaths;
    final JsonNode config;
    final List<String> notes = new ArrayList<>();

    private ImageLayout(String imageId, List<String> repoTags, List<String> layerPaths, JsonNode config) {
        this.imageId = imageId;
        this.repoTags = repoTags;
        this.layerPaths = layerPaths;
        this.config = config;
    }

    /**
     * Resolves the layout from the archive's JSON files; {@code want} (a tag or an image ID, may be null) picks among
     * several images of a {@code docker save} archive; one that names none of several is an error.
     */
    static ImageLayout resolve(Function<String, byte[]> files, String want) throws IOException {
        byte[] manifest = files.apply("manifest.json");
        if (manifest != null) return fromDockerManifest(JSON.readTree(manifest), files, want);
        byte[] index = files.apply("index.json");
        if (index != null) return fromOciIndex(JSON.readTree(index), files);
        throw new IOException("no manifest.json or index.json: not a docker save or OCI archive, or it was cut short");
    }

    private static ImageLayout fromDockerManifest(JsonNode manifest, Function<String, byte[]> files, String want)
            throws IOException {
        if (!manifest.isArray() || manifest.isEmpty()) throw new IOException("manifest.json lists no image");
        JsonNode chosen = null;
        for (JsonNode m : manifest) if (want != null && names(m, want)) chosen = m;
        if (chosen == null && want != null && manifest.size() > 1) throw new IOException("the archive holds no image " + want);
        if (chosen == null) chosen = manifest.get(0);
        String configName = ArchiveScanner.name(chosen.path("Config").asText());
        JsonNode config = readJson(files, configName, "the image config");
        List<String> layers = new ArrayList<>();
        for (JsonNode l : chosen.path("Layers")) layers.add(ArchiveScanner.name(l.asText()));
        List<String> tags = new ArrayList<>();
        chosen.path("RepoTags").forEach(t -> tags.add(t.asText()));
        ImageLayout layout = new ImageLayout("sha256:" + digestOf(configName), tags, layers, config);
        if (manifest.size() > 1 && (want == null || !names(chosen, want))) layout.notes.add("the archive holds " + manifest.size() + " images; read " + tagsOrId(layout));
        return layout;
    }

    /** Whether a manifest entry is the image {@code want}: one of its tags, or its ID ("sha256:" and the config's digest). */
    private static boolean names(JsonNode entry, String want) {
        for (JsonNode tag : entry.path("RepoTags")) if (tag.asText().equals(want)) return true;
        return want.equals("sha256:" + digestOf(ArchiveScanner.name(entry.path("Config").asText())));
    }

    private static String tagsOrId(ImageLayout l) {
        return l.repoTags.isEmpty() ? l.imageId : String.join(", ", l.repoTags);
    }

    private static String digestOf(String configName) {
        String base = configName.substring(configName.lastIndexOf('/') + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }

    private static ImageLayout fromOciIndex(JsonNode index, Function<String, byte[]> files) throws IOException {
        JsonNode manifest = index;
        for (int depth = 0; depth < 4 && manifest.has("manifests"); depth++) {
            JsonNode pick = pickManifest(manifest.path("manifests"));
            if (pick == null) throw new IOException("the OCI index names no image manifest");
            manifest = readJson(files, blob(pick.path("digest").asText()), "manifest " + pick.path("digest").asText());
        }
        if (!manifest.has("layers")) throw new IOException("the OCI manifest has no layers");
        String configDigest = manifest.path("config").path("digest").asText();
        JsonNode config = readJson(files, blob(configDigest), "the image config " + configDigest);
        List<String> layers = new ArrayList<>();
        for (JsonNode l : manifest.path("layers")) layers.add(blob(l.path("digest").asText()));
        List<String> tags = new ArrayList<>();
        String ref = index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText("");
        if (!ref.isEmpty()) tags.add(ref);
        return new ImageLayout(configDigest, tags, layers, config);
    }

    private static JsonNode pickManifest(JsonNode manifests) {
        JsonNode first = null;
        for (JsonNode m : manifests) {
            if (m.path("annotations").path("vnd.docker.reference.type").asText().equals("attestation-manifest")) continue;
            JsonNode p = m.path("platform");
            if (p.path("os").asText("linux").equals("linux") && p.path("architecture").asText("amd64").equals("amd64")) return m;
            if (first == null) first = m;
        }
        return first;
    }

    static String blob(String digest) {
        int colon = digest.indexOf(':');
        return "blobs/" + digest.substring(0, Math.max(colon, 0)) + "/" + digest.substring(colon + 1);
    }

    private static JsonNode readJson(Function<String, byte[]> files, String name, String what) throws IOException {
        byte[] bytes = files.apply(name);
        if (bytes == null) throw new IOException(what + " (" + name + ") is missing from the archive");
        return JSON.readTree(bytes);
    }

    RuntimeConfig runtime() {
        JsonNode c = config.path("config");
        return new RuntimeConfig(config.path("os").asText(""), config.path("architecture").asText(""),
                c.path("User").asText(""), c.path("WorkingDir").asText(""), strings(c.path("Env")),
                strings(c.path("Entrypoint")), strings(c.path("Cmd")));
    }

    /** The config's history, oldest first: created_by and whether the entry made no layer. */
    List<Map.Entry<String, Boolean>> history() {
        List<Map.Entry<String, Boolean>> out = new ArrayList<>();
        for (JsonNode h : config.path("history")) {
            out.add(Map.entry(h.path("created_by").asText(""), h.path("empty_layer").asBoolean(false)));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

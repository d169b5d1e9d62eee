package io.dockwright.engine.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Hand-made layer tars and image archives (docker save and OCI) for the reader's unit tests, written with commons-compress. */
public final class TestArchives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestArchives() {}

    /** One layer tar, built entry by entry. */
    public static final class LayerTar {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar;
        String createdBy = "RUN something";

        public LayerTar() {
            this(TarArchiveOutputStream.LONGFILE_POSIX);
        }

        public LayerTar(int longFileMode) {
            tar = new TarArchiveOutputStream(bytes, "UTF-8");
            tar.setLongFileMode(longFileMode);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        public LayerTar by(String command) {
            createdBy = command;
            return this;
        }

        public LayerTar dir(String name) {
            return entry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"), null);
        }

        public LayerTar dir(String name, int mode, int uid) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setMode(mode);
            e.setUserId(uid);
            return entry(e, null);
        }

        public LayerTar file(String name, String content) {
            return file(name, content.getBytes(StandardCharsets.UTF_8), 0644);
        }

        public LayerTar file(String name, byte[] content, int mode) {
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(content.length);
            e.setMode(mode);
            return entry(e, content);
        }

        public LayerTar symlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            e.setLinkName(target);
            return entry(e, null);
        }

        public LayerTar hardlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_LINK);
            e.setLinkName(target);
            return entry(e, null);
        }

        public LayerTar whiteout(String path) {
            int slash = path.lastIndexOf('/');
            return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), "");
        }

        public LayerTar opaque(String dir) {
            return file(dir + "/.wh..wh..opq", "");
        }

        public LayerTar entry(TarArchiveEntry e, byte[] content) {
            try {
                tar.putArchiveEntry(e);
                if (content != null) tar.write(content);
                tar.closeArchiveEntry();
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            return this;
        }

        byte[] bytes() {
            try {
                tar.finish();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return bytes.toByteArray();
        }
    }

    /*
     * layer 0 (base): /app/data.bin 100, /app/keep.txt 10, /cache/a 30, /cache/b 20, /bin/tool 50 (+ hard link
     *                 /bin/tool2, symlink /bin/sh-link -> tool), /tmp/junk 40                        = 250 bytes
     * layer 1: /app/data.bin 200 (second write), rm /tmp/junk                                           = 200 bytes
     * ENV (no layer)
     * layer 2: /app/data.bin 300 (third write), rm -rf /cache && mkdir /cache && add /cache/c 5         = 305 bytes
     * all layers 755; final: data.bin 300 + keep 10 + tool 50 (once for two links) + c 5 = 365; wasted 390
     * (data.bin 100 + 200, junk 40, cache a + b 50); efficiency 365/755.
     */
    public static List<Step> handImage() {
        LayerTar l0 = new LayerTar().by("ADD rootfs.tar /").dir("app").file("app/data.bin", filled(100, 'a'), 0644)
                .file("app/keep.txt", filled(10, 'k'), 0600).dir("cache").file("cache/a", filled(30, 'x'), 0644)
                .file("cache/b", filled(20, 'y'), 0644).dir("bin").file("bin/tool", filled(50, 't'), 0755)
                .hardlink("bin/tool2", "bin/tool").symlink("bin/sh-link", "tool").dir("tmp")
                .file("tmp/junk", filled(40, 'j'), 0644);
        LayerTar l1 = new LayerTar().by("RUN make data").dir("app").file("app/data.bin", filled(200, 'b'), 0644)
                .dir("tmp").whiteout("tmp/junk");
        LayerTar l2 = new LayerTar().by("RUN rm -rf /cache && mkdir /cache && make c").dir("app")
                .file("app/data.bin", filled(300, 'c'), 0644).dir("cache").opaque("cache").file("cache/c", filled(5, 'z'), 0644);
        return List.of(step(l0), step(l1), empty("ENV A=1"), step(l2));
    }

    public static byte[] filled(int n, char c) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) c);
        return b;
    }

    public static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    /** zstd with the zstd program when there is one (an encoder independent of the decoder), else aircompressor's. */
    public static byte[] zstd(byte[] raw, Path scratch) throws Exception {
        Path in = scratch.resolve("layer-" + System.nanoTime() + ".tar");
        Files.write(in, raw);
        try {
            Process p = new ProcessBuilder("zstd", "-q", "-c", in.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor() == 0) return out;
        } catch (IOException noZstdProgram) {
            // fall through
        } finally {
            Files.deleteIfExists(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new io.airlift.compress.zstd.ZstdOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** History entries: a layer's command, or an empty one (ENV and the like) given as null layer. */
    public record Step(String createdBy, byte[] layer) {}

    public static Step step(LayerTar layer) {
        return new Step(layer.createdBy, layer.bytes());
    }

    public static Step empty(String createdBy) {
        return new Step(createdBy, null);
    }

    public static ObjectNode config(List<Step> steps) throws Exception {
        ObjectNode config = JSON.createObjectNode();
        config.put("architecture", "amd64").put("os", "linux");
        config.putObject("config").put("WorkingDir", "/app").putArray("Env").add("PATH=/usr/bin:/bin");
        ArrayNode history = config.putArray("history");
        ArrayNode diffIds = config.putObject("rootfs").put("type", "layers").putArray("diff_ids");
        for (Step s : steps) {
            ObjectNode h = history.addObject().put("created_by", s.createdBy());
            if (s.layer() == null) h.put("empty_layer", true);
            else diffIds.add("sha256:" + sha256(s.layer()));
        }
        return config;
    }

    /**
     * A docker save tarball laid out as Engine 20.10 writes it: the layer directories (in {@code order}, e.g.
     * reversed), the config, then manifest.json last.
     */
    public static byte[] dockerSave(List<Step> steps, int[] order) throws Exception {
        List<Step> layers = steps.stream().filter(s -> s.layer() != null).toList();
        ObjectNode config = config(steps);
        byte[] configBytes = JSON.writeValueAsBytes(config);
        String configName = sha256(configBytes) + ".json";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) names.add(sha256(("layer" + i).getBytes()) + "/layer.tar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (int i : order) {
                put(tar, names.get(i).replace("layer.tar", "VERSION"), "1.0".getBytes());
                put(tar, names.get(i), layers.get(i).layer());
            }
            put(tar, configName, configBytes);
            ArrayNode manifest = JSON.createArrayNode();
            ObjectNode m = manifest.addObject().put("Config", configName);
            m.putArray("RepoTags").add("test/image:latest");
            ArrayNode l = m.putArray("Layers");
            names.forEach(l::add);
            put(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
        }
        return out.toByteArray();
    }

    /**
     * A docker save tarball as Engine 20.10 writes one whose layers repeat: a layer equal to an earlier one is
     * a symlink "../ID/layer.tar" to it; the layers are written last first, so each link comes before its target.
     */
    public static byte[] dockerSaveWithLinkedLayers(List<Step> steps) throws Exception {
        List<Step> layers = steps.stream().filter(s -> s.layer() != null).toList();
        byte[] configBytes = JSON.writeValueAsBytes(config(steps));
        String configName = sha256(configBytes) + ".json";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) names.add(sha256(("layer" + i).getBytes()) + "/layer.tar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                int first = i;
                for (int j = 0; j < i; j++) if (Arrays.equals(layers.get(j).layer(), layers.get(i).layer())) { first = j; break; }
                put(tar, names.get(i).replace("layer.tar", "VERSION"), "1.0".getBytes());
                if (first == i) {
                    put(tar, names.get(i), layers.get(i).layer());
                } else {
                    TarArchiveEntry link = new TarArchiveEntry(names.get(i), TarConstants.LF_SYMLINK);
                    link.setLinkName("../" + names.get(first));
                    tar.putArchiveEntry(link);
                    tar.closeArchiveEntry();
                }
            }
            put(tar, configName, configBytes);
            ArrayNode manifest = JSON.createArrayNode();
            ObjectNode m = manifest.addObject().put("Config", configName);
            m.putArray("RepoTags").add("test/linked:latest");
            ArrayNode l = m.putArray("Layers");
            names.forEach(l::add);
            put(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
        }
        return out.toByteArray();
    }

    public static int[] inOrder(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = i;
        return o;
    }

    /** An OCI image layout in a directory, layers compressed as given ("gzip", "zstd" or "none"). */
    public static void ociLayout(Path dir, List<Step> steps, List<String> compression) throws Exception {
        Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
        Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        byte[] config = JSON.writeValueAsBytes(config(steps));
        String configDigest = sha256(config);
        Files.write(blobs.resolve(configDigest), config);
        ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2)
                .put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        manifest.putObject("config").put("mediaType", "application/vnd.oci.image.config.v1+json")
                .put("digest", "sha256:" + configDigest).put("size", config.length);
        ArrayNode layers = manifest.putArray("layers");
        int k = 0;
        for (Step s : steps) {
            if (s.layer() == null) continue;
            String c = compression.get(k++ % compression.size());
            byte[] blob = switch (c) {
                case "gzip" -> gzip(s.layer());
                case "zstd" -> zstd(s.layer(), dir);
                default -> s.layer();
            };
            String d = sha256(blob);
            Files.write(blobs.resolve(d), blob);
            layers.addObject().put("mediaType", "application/vnd.oci.image.layer.v1.tar" + (c.equals("none") ? "" : "+" + c))
                    .put("digest", "sha256:" + d).put("size", blob.length);
        }
        byte[] m = JSON.writeValueAsBytes(manifest);
        String md = sha256(m);
        Files.write(blobs.resolve(md), m);
        ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2);
        ObjectNode entry = index.putArray("manifests").addObject()
                .put("mediaType", "application/vnd.oci.image.manifest.v1+json").put("digest", "sha256:" + md).put("size", m.length);
        entry.putObject("annotations").put("org.opencontainers.image.ref.name", "test/oci:1");
        Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
    }

    /** The directory as a tar archive, files in the order given by name sort (blobs before index.json). */
    public static byte[] tarOf(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
             var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                put(tar, dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out.toByteArray();
    }

    public static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    public static ImageContents read(Path file) throws ImageReadException {
        return new ImageReader().read(ImageSource.ofPath(file), ReadOptions.defaults().withDigests(true), ReadListener.NONE);
    }

    public static ImageContents read(Path dir, byte[] archive) throws Exception {
        Path f = dir.resolve("image-" + System.nanoTime() + ".tar");
        Files.write(f, archive);
        return read(f);
    }
}

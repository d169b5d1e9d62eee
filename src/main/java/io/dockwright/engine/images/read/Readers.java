package io.dockwright.engine.images.read;

import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.ReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reading behind {@link io.dockwright.engine.images.ImageReader}: one archive stream, or an OCI directory. */
public final class Readers {
    private Readers() {}

    /** Reads an archive stream in one pass; {@code want} picks an image in a multi-image save (may be null). */
    public static ImageContents archive(String source, InputStream in, long expected, String want, ReadOptions options,
                                        ReadListener listener) throws ImageReadException, IOException {
        return ImageAssembler.assemble(source, scan(source, in, expected, options, listener), want, options);
    }

    /**
     * Reads several images from one multi-image archive stream in one pass, the layers they share parsed once:
     * image {@code wants.get(i)} (a tag or an ID) with {@code options} and {@code attributions.get(i)}.
     */
    public static List<ImageContents> archives(List<String> sources, InputStream in, long expected, List<String> wants,
                                               ReadOptions options, List<Attribution> attributions, ReadListener listener)
            throws ImageReadException, IOException {
        ArchiveScan scan = scan(String.join(", ", sources), in, expected, options, listener);
        List<ImageContents> out = new ArrayList<>();
        for (int i = 0; i < wants.size(); i++) {
            out.add(ImageAssembler.assemble(sources.get(i), scan, wants.get(i), options.withAttribution(attributions.get(i))));
        }
        return out;
    }

    private static ArchiveScan scan(String source, InputStream in, long expected, ReadOptions options, ReadListener listener)
            throws ImageReadException {
        ProgressStream counter = new ProgressStream(in, listener, expected);
        ArchiveScanner scanner = new ArchiveScanner(new LayerParser(options, budget(options)));
        ArchiveScan scan;
        try {
            scan = scanner.scan(counter, counter);
        } catch (IOException e) {
            throw new ImageReadException(source + ": " + e.getMessage(), e);
        }
        counter.finish();
        return scan;
    }

    /**
     * Reads an OCI layout directory: its JSON first (index, manifests, config), then only the layer blobs the
     * chosen manifest names, each streamed from its file.
     */
    public static ImageContents ociDirectory(Path dir, ReadOptions options, ReadListener listener)
            throws ImageReadException, IOException {
        if (!Files.isRegularFile(dir.resolve("index.json")) && !Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new ImageReadException(dir + ": no index.json or manifest.json: not an OCI image layout");
        }
        ArchiveScan scan = new ArchiveScan();
        ImageLayout layout;
        try {
            layout = ImageLayout.resolve(name -> jsonFile(dir, name, scan), null);
        } catch (IOException e) {
            throw new ImageReadException(dir + ": " + e.getMessage(), e);
        }
        long expected = 0;
        for (String p : layout.layerPaths) expected += sizeOf(dir.resolve(p));
        ProgressStream counter = new ProgressStream(InputStream.nullInputStream(), listener, expected);
        LayerParser parser = new LayerParser(options, budget(options));
        long done = 0;
        for (String p : layout.layerPaths) {
            Path file = dir.resolve(p).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) continue; // reported as missing
            try (InputStream raw = new ProgressStream(Files.newInputStream(file), new Offset(listener, done), expected);
                 BufferedInputStream in = LayerParser.buffered(raw)) {
                scan.layers.put(p, parser.parse(p, Decompression.sniff(in), in));
            }
            done += sizeOf(file);
        }
        counter.finish();
        return ImageAssembler.assemble(dir.toString(), scan, null, options);
    }

    private static byte[] jsonFile(Path dir, String name, ArchiveScan scan) {
        Path f = dir.resolve(name).normalize();
        try {
            if (!f.startsWith(dir.normalize()) || !Files.isRegularFile(f) || Files.size(f) > ArchiveScanner.MAX_JSON_BYTES) return null;
            byte[] bytes = Files.readAllBytes(f);
            scan.json.put(name, bytes);
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Budget budget(ReadOptions options) {
        return new Budget(options.maxEntries(), options.captureBudgetBytes());
    }

    /** Reports a layer's progress as part of the whole directory. */
    private record Offset(ReadListener inner, long base) implements ReadListener {
        @Override
        public void progress(long bytesRead, long expectedBytes) {
            inner.progress(base + bytesRead, expectedBytes);
        }

        @Override
        public boolean cancelled() {
            return inner.cancelled();
        }
    }
}

package io.dockwright.optimize.verification.files;

import com.github.dockerjava.transport.DockerHttpClient;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.containers.EngineLostException;
import io.dockwright.engine.images.Attribution;
import io.dockwright.engine.images.BaseImageFinder;
import io.dockwright.engine.images.FileInfo;
import io.dockwright.engine.images.FileType;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.images.ImageSource;
import io.dockwright.engine.images.LayerOrigin;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import io.dockwright.engine.images.packages.PackageInventory;
import io.dockwright.engine.result.Layer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FileDifferences} from the engine: both images exported and read by {@link ImageReader} (with SHA-256
 * digests and the package databases), diffed by {@link ImageDiff}. The original's layers are attributed to the
 * Dockerfile lines of its build when {@code layers} has them (a build's {@code BuildResult.layers()}), else to
 * base/own by the base image found among the engine's images.
 */
public final class EngineFileDifferences implements FileDifferences {
    private static final Logger LOG = LoggerFactory.getLogger(EngineFileDifferences.class);
    private final EngineSession session;
    private final ImageReader reader;
    private final Map<String, List<Layer>> layers;

    /** @param layers the builds' layers by image id or reference (empty when not known) */
    public EngineFileDifferences(EngineSession session, ImageReader reader, Map<String, List<Layer>> layers) {
        this.session = session;
        this.reader = reader;
        this.layers = Map.copyOf(layers);
    }

    @Override
    public Diff between(String originalImage, String optimizedImage, CancelToken cancel) throws Exception {
        EngineConnection connection = session.connection();
        DockerHttpClient http = connection.http();
        ReadOptions options = PackageInventory.captureFor(ReadOptions.defaults().withDigests(true));
        ReadListener listener = new ReadListener() {
            @Override
            public boolean cancelled() {
                return cancel.isCancelled();
            }
        };
        try {
            ImageContents a = reader.read(new ImageSource.Engine(http, originalImage), options.withAttribution(attribution(http, originalImage)), listener);
            ImageContents b = reader.read(new ImageSource.Engine(http, optimizedImage), options, listener);
            return of(a, b);
        } catch (CancellationException e) {
            return new Diff(List.of(), Map.of(), List.of(), "cancelled while reading the images");
        } catch (Exception e) {
            if (!connection.answers()) throw new EngineLostException("reading the images' files: " + e.getMessage(), e);
            throw e;
        }
    }

    /** The differences of two read images, each path's writer taken from {@code a}'s layer origins. */
    public static Diff of(ImageContents a, ImageContents b) {
        ImageDiff diff = ImageDiff.of(a, b, "/");
        BuildInputs inputs = new BuildInputs(b);
        List<PathChange> changes = diff.entries().stream().map(e -> change(e, a, inputs)).toList();
        Map<String, String> links = new HashMap<>();
        a.tree().walk(n -> {
            if (n.type() == FileType.SYMLINK && n.linkTarget() != null) links.put(n.path(), n.linkTarget());
        });
        List<String> packages = diff.packages().onlyA().stream().map(p -> p.name() + " " + p.version()).toList();
        String ran = "both images exported and read (" + a.tree().size() + " and " + b.tree().size()
                + " paths, SHA-256 of each file's content)";
        return new Diff(changes, links, packages, ran);
    }

    private static PathChange change(PathDiff e, ImageContents a, BuildInputs inputs) {
        PathChange.Side side = switch (e.status()) {
            case ONLY_A -> PathChange.Side.ONLY_ORIGINAL;
            case ONLY_B -> PathChange.Side.ONLY_OPTIMIZED;
            case CHANGED -> PathChange.Side.CHANGED;
        };
        Set<PathChange.Aspect> aspects = EnumSet.noneOf(PathChange.Aspect.class);
        e.aspects().forEach(x -> aspects.add(PathChange.Aspect.valueOf(x.name())));
        PathChange.Writer writer = side == PathChange.Side.ONLY_OPTIMIZED ? PathChange.Writer.UNKNOWN : writer(a, e.path());
        String leftBehind = side != PathChange.Side.ONLY_ORIGINAL ? ""
                : a.tree().find(e.path()).map(inputs::reason).orElse("");
        return new PathChange(e.path(), side, state(e.a(), e.bytesA(), e.pathsA()), state(e.b(), e.bytesB(), e.pathsB()), aspects,
                writer, leftBehind);
    }

    private static PathChange.State state(FileInfo f, long bytes, int paths) {
        if (f == null) return null;
        return new PathChange.State(f.type().name().toLowerCase(java.util.Locale.ROOT), bytes, paths, f.mode(), f.uid(), f.gid(),
                f.linkTarget());
    }

    /**
     * Who wrote {@code path} in {@code a}: its layer's origin; for a directory the newest of the Dockerfile's own
     * layers that wrote something under it, so a file a RUN put into a base image's folder is never put down to the base.
     */
    static PathChange.Writer writer(ImageContents a, String path) {
        TreeNode node = a.tree().find(path).orElse(null);
        if (node == null) return PathChange.Writer.UNKNOWN;
        int layer = node.layer();
        Deque<TreeNode> todo = new ArrayDeque<>(node.children());
        while (!todo.isEmpty()) {
            TreeNode n = todo.pop();
            if (n.layer() > layer && own(a, n.layer())) layer = n.layer();
            todo.addAll(n.children());
        }
        if (layer < 0 || layer >= a.layers().size()) return PathChange.Writer.UNKNOWN;
        LayerOrigin o = a.layers().get(layer).origin();
        PathChange.Writer.Provenance p = PathChange.Writer.Provenance.valueOf(o.provenance().name());
        String instruction = o.instruction() != null ? o.instruction() : o.createdBy();
        return new PathChange.Writer(p, instruction, o.line());
    }

    private static boolean own(ImageContents a, int layer) {
        return layer >= 0 && layer < a.layers().size() && a.layers().get(layer).origin().provenance() != LayerOrigin.Provenance.BASE;
    }

    private Attribution attribution(DockerHttpClient http, String image) {
        List<Layer> built = layers.get(image);
        if (built != null && !built.isEmpty()) return Attribution.of(built);
        try {
            return new BaseImageFinder().find(http, image).map(b -> Attribution.baseHistory(b.historyEntries())).orElse(Attribution.NONE);
        } catch (IOException e) {
            LOG.info("No base image found for {}: its layers' writers are not known", image, e);
            return Attribution.NONE;
        }
    }
}

package io.dockwright.compare.tree;

import static io.dockwright.engine.images.TestArchives.filled;

import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.TestArchives;
import io.dockwright.engine.images.TestArchives.LayerTar;
import java.nio.file.Path;
import java.util.List;

/**
 * Two small images with known differences, read by the real reader from docker save tarballs:
 * <pre>
 * original:  /app/main.py "print(1)"  /app/same.txt "same"  /usr/bin/gcc 1000 B  /usr/lib/x/a 300 B  /usr/lib/x/b 200 B
 *            (layer 1 rewrites /usr/bin/gcc: the first 1000 B are wasted)
 * optimized: /app/main.py "print(2)"  /app/same.txt "same"  /opt/venv/lib 500 B  /usr/lib/x/a 300 B
 * </pre>
 */
public final class TwoImages {
    private TwoImages() {}

    public static ImageContents original(Path dir) throws Exception {
        LayerTar base = new LayerTar().by("ADD rootfs /").dir("usr").dir("usr/bin").file("usr/bin/gcc", filled(1000, 'g'), 0755)
                .dir("usr/lib").dir("usr/lib/x").file("usr/lib/x/a", filled(300, 'a'), 0644).file("usr/lib/x/b", filled(200, 'b'), 0644);
        LayerTar gcc = new LayerTar().by("RUN make gcc").dir("usr").dir("usr/bin").file("usr/bin/gcc", filled(1000, 'h'), 0755);
        LayerTar app = new LayerTar().by("COPY . /app").dir("app").file("app/main.py", "print(1)").file("app/same.txt", "same");
        return read(dir, List.of(TestArchives.step(base), TestArchives.step(gcc), TestArchives.empty("WORKDIR /app"), TestArchives.step(app)));
    }

    public static ImageContents optimized(Path dir) throws Exception {
        LayerTar base = new LayerTar().by("ADD rootfs /").dir("usr").dir("usr/lib").dir("usr/lib/x")
                .file("usr/lib/x/a", filled(300, 'a'), 0644);
        LayerTar venv = new LayerTar().by("COPY --from=builder /opt/venv /opt/venv").dir("opt").dir("opt/venv")
                .file("opt/venv/lib", filled(500, 'v'), 0644);
        LayerTar app = new LayerTar().by("COPY . /app").dir("app").file("app/main.py", "print(2)").file("app/same.txt", "same");
        return read(dir, List.of(TestArchives.step(base), TestArchives.step(venv), TestArchives.step(app)));
    }

    private static ImageContents read(Path dir, List<TestArchives.Step> steps) throws Exception {
        return TestArchives.read(dir, TestArchives.dockerSave(steps, TestArchives.inOrder((int) steps.stream().filter(s -> s.layer() != null).count())));
    }
}

package io.dockwright.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.compare.tree.TreeQuery;
import io.dockwright.compare.tree.TwoImages;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReader;
import io.dockwright.engine.images.ImageSource;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.ui.LineRequest;
import io.dockwright.ui.chart.ChartExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare page's view model without a toolkit: two images read by the real reader from tarballs ({@link TwoImages}). */
class CompareViewModelTest {
    @TempDir Path dir;
    private final List<LineRequest> lines = new ArrayList<>();
    private ImageContents original;
    private ImageContents optimized;
    // history as the builds map it: base ADD, RUN make gcc (line 2), WORKDIR (line 3), COPY (line 4)
    private final BuildResult originalBuild = new BuildResult("original", "sha256:aaa", "t-original:latest", 2_000, List.of(
            new Layer(1500, "ADD rootfs /", true, -1, 0, null), new Layer(1000, "RUN make gcc", false, 0, 2, "RUN make gcc"),
            new Layer(0, "WORKDIR /app", false, 0, 3, "WORKDIR /app"), new Layer(12, "COPY . /app", false, 0, 4, "COPY . /app")), 3.0, "api");
    private final BuildResult optimizedBuild = new BuildResult("optimized", "sha256:bbb", "t-optimized:latest", 800, List.of(
            new Layer(300, "ADD rootfs /", true, -1, 0, null), new Layer(500, "COPY --from=builder", false, 1, 9, "COPY --from=builder /opt/venv /opt/venv"),
            new Layer(12, "COPY . /app", false, 1, 10, "COPY . /app")), 2.0, "api");

    @BeforeEach
    void read() throws Exception {
        original = TwoImages.original(dir);
        optimized = TwoImages.optimized(dir);
    }

    private CompareViewModel vm(ImageLoader loader) {
        return new CompareViewModel(new SynchronousExecutor(), loader, new CompareExporter(new ChartExporter()), lines::add);
    }

    private ImageLoader both() {
        return (build, listener) -> build == originalBuild ? original : optimized;
    }

    @Test
    void showsTheBuildsAtOnceAndTheFilesOnceRead() {
        CompareViewModel vm = vm(both());
        vm.show(originalBuild, optimizedBuild);
        assertEquals(CompareViewModel.Phase.NOT_READ, vm.phaseProperty().get());
        assertEquals("−60.0 % (1.2 kB saved)", CompareViewModel.reduction(vm.buildsProperty().get()));
        List<LayerRow> rows = vm.originalLayers();
        assertEquals(List.of(0, 2, 3, 4), rows.stream().map(LayerRow::line).toList(), "the base row first, then each line");
        assertTrue(rows.get(0).base());
        assertEquals(-1, rows.get(1).wastedBytes(), "not known before the images are read");
        assertNull(vm.files().visibleProperty().get());

        vm.read();
        assertEquals(CompareViewModel.Phase.READY, vm.phaseProperty().get(), vm.statusProperty().get());
        // the base layer's 1,000 B of gcc are overwritten by line 2's; nothing else is wasted
        assertEquals(1000, vm.originalLayers().get(0).wastedBytes());
        assertEquals(0, vm.originalLayers().get(1).wastedBytes());
        assertEquals(List.of("/usr/bin/gcc"), vm.wasted().stream().map(WastedRow::path).toList());
        assertEquals(1000, vm.wasted().get(0).wastedBytes());
        assertTrue(vm.summaryProperty().get().contains("/usr/bin"), vm.summaryProperty().get());
        assertEquals(13, vm.files().visibleProperty().get().shownPaths(), "every path of both images");
        assertEquals("13 of 13 paths", vm.files().statusProperty().get());
    }

    @Test
    void theFilterAndSortComeFromTheToolbar() {
        CompareViewModel vm = vm(both());
        vm.show(originalBuild, optimizedBuild);
        vm.read();
        vm.files().setOnlyDifferences(true);
        assertEquals(11, vm.files().visibleProperty().get().shownPaths(), "/app/same.txt and /usr/lib/x/a are alike");
        vm.files().setSearch("venv");
        assertEquals(3, vm.files().visibleProperty().get().shownPaths());
        assertTrue(vm.files().statusProperty().get().contains("matching \"venv\""), vm.files().statusProperty().get());
        vm.files().setSearch("");
        vm.files().setMinBytes(1_000);
        assertEquals(3, vm.files().visibleProperty().get().shownPaths(), "/usr, /usr/bin, /usr/bin/gcc");
        vm.files().sortBy(TreeQuery.Sort.NAME, false);
        assertEquals(TreeQuery.Sort.NAME, vm.files().visibleProperty().get().query().sort());
    }

    @Test
    void aLayerClickAsksForItsLineInItsVariant() {
        CompareViewModel vm = vm(both());
        vm.show(originalBuild, optimizedBuild);
        assertTrue(vm.activate(vm.optimizedLayers().get(1)));
        assertEquals(List.of(new LineRequest("optimized", 9, "optimized line 9: COPY --from=builder /opt/venv /opt/venv")), lines);
        assertFalse(vm.activate(vm.originalLayers().get(0)), "the base image has no line");
        assertEquals(1, lines.size());
        assertTrue(vm.messageProperty().get().contains("base image"));
    }

    @Test
    void aDamagedImageIsAClearErrorAndCanBeReadAgain() throws Exception {
        Path broken = dir.resolve("broken.tar");
        Files.writeString(broken, "not a tar at all");
        boolean[] fixed = {false};
        CompareViewModel vm = vm((build, listener) -> fixed[0] ? both().read(build, listener)
                : new ImageReader().read(ImageSource.ofPath(broken), ReadOptions.defaults(), listener));
        vm.show(originalBuild, optimizedBuild);
        vm.read();
        assertEquals(CompareViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Could not read the images: "), vm.statusProperty().get());
        fixed[0] = true;
        vm.read();
        assertEquals(CompareViewModel.Phase.READY, vm.phaseProperty().get());
    }

    @Test
    void aCancelledReadSaysSo() {
        CompareViewModel[] self = new CompareViewModel[1];
        self[0] = vm((build, listener) -> {
            self[0].cancelRead();
            if (listener.cancelled()) throw new CancellationException("cancelled"); // as the reader does when it polls
            return original;
        });
        self[0].show(originalBuild, optimizedBuild);
        self[0].read();
        assertEquals(CompareViewModel.Phase.CANCELLED, self[0].phaseProperty().get());
        assertEquals("Reading the images was cancelled.", self[0].statusProperty().get());
    }

    @Test
    void exportsTheComparisonAsMarkdownAndJson() throws Exception {
        CompareViewModel vm = vm(both());
        vm.show(originalBuild, optimizedBuild);
        Path md = dir.resolve("c.md");
        vm.export(md, CompareExporter.Format.MARKDOWN);
        assertTrue(vm.messageProperty().get().startsWith("Read the images first"), "the reports list the files");
        vm.read();
        vm.export(md, CompareExporter.Format.MARKDOWN);
        String text = Files.readString(md);
        assertTrue(text.contains("| image size (engine) | 2.0 kB | 800 B |"), text);
        assertTrue(text.contains("Reduction: **60.0 %**"), text);
        assertTrue(text.contains("`/usr/bin`"), text);
        assertTrue(text.contains("| 1.0 kB | 2 | 0, 1 | `/usr/bin/gcc` |"), text);
        Path json = dir.resolve("c.json");
        vm.export(json, CompareExporter.Format.JSON);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2000, root.path("original").path("sizeBytes").asLong());
        assertEquals("/usr/bin", root.path("files").path("onlyA").get(0).path("path").asText());
        assertEquals(1000, root.path("originalContents").path("wastedBytes").asLong());
        Path png = dir.resolve("c.png");
        vm.export(png, CompareExporter.Format.PNG);
        assertTrue(Files.size(png) > 1000 && Files.readAllBytes(png)[1] == 'P', "a PNG");
    }
}

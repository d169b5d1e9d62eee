package io.dockwright.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.ui.LineRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartViewModelTest {
    @TempDir
    Path dir;

    private final List<LineRequest> requests = new ArrayList<>();
    private final ChartViewModel vm = new ChartViewModel(new SynchronousExecutor(), new ChartExporter(), requests::add);

    /** The shape of the seed example: a fat python:3.7 image vs a slim runtime stage. */
    static BuildResult original() {
        return new BuildResult("original", "sha256:aaa", "dockwright-original:latest", 1_010_000_000L, List.of(
                new Layer(120_000_000L, "/bin/sh -c #(nop) ADD file:1 in /", true, -1, 0, null),
                new Layer(755_000_000L, "/bin/sh -c apt-get install gcc", true, -1, 0, null),
                new Layer(0, "/bin/sh -c #(nop) WORKDIR /app", false, 0, 3, "WORKDIR /app"),
                new Layer(4_000L, "COPY req.txt .", false, 0, 4, "COPY req.txt ."),
                new Layer(134_996_000L, "/bin/sh -c pip install -r req.txt", false, 0, 5, "RUN pip install -r req.txt"),
                new Layer(0, "/bin/sh -c #(nop) CMD [\"python\",\"run.py\"]", false, 0, 7, "CMD [\"python\", \"run.py\"]")),
                41.25, "Engine API (classic builder)");
    }

    static BuildResult optimized() {
        return new BuildResult("optimized", "sha256:bbb", "dockwright-optimized:latest", 142_000_000L, List.of(
                new Layer(125_000_000L, "/bin/sh -c #(nop) ADD file:2 in /", true, -1, 0, null),
                new Layer(17_000_000L, "COPY --from=builder /root/.local /root/.local", false, 1, 12,
                        "COPY --from=builder /root/.local /root/.local")),
                30.5, "Engine API (classic builder)");
    }

    @Test
    void reductionAndTotals() {
        vm.show(original(), optimized());
        ChartData d = vm.dataProperty().get();
        assertEquals(85.94, d.reductionPercent().getAsDouble(), 0.01);
        assertEquals("85.9% smaller (868 MB saved)", d.reductionText());
        DefaultCategoryDataset totals = d.totalsDataset();
        assertEquals(1010.0, totals.getValue("size", "original").doubleValue(), 1e-9);
        assertEquals(142.0, totals.getValue("size", "optimized").doubleValue(), 1e-9);
        assertTrue(vm.headlineProperty().get().endsWith("·   85.9% smaller (868 MB saved)"), vm.headlineProperty().get());
    }

    @Test
    void oneVariantHasNoReduction() {
        vm.accept(optimized());
        assertNull(vm.originalProperty().get());
        assertTrue(vm.dataProperty().get().reductionPercent().isEmpty());
        assertEquals("", vm.dataProperty().get().reductionText());
        assertTrue(vm.headlineProperty().get().startsWith("optimized 142 MB"));
    }

    @Test
    void layerSegmentsMergeTheBaseAndMapLayersToLines() {
        vm.show(original(), optimized());
        List<LayerSegment> s = vm.dataProperty().get().segments();
        // original: base (2 layers merged), COPY (line 4), RUN (line 5); the empty WORKDIR/CMD layers add nothing
        assertEquals(List.of(true, false, false, true, false), s.stream().map(LayerSegment::base).toList());
        assertEquals(875_000_000L, s.get(0).bytes());
        assertEquals(List.of(0, 4, 5, 0, 12), s.stream().map(LayerSegment::line).toList());
        assertEquals(List.of("original", "original", "original", "optimized", "optimized"),
                s.stream().map(LayerSegment::variant).toList());
        DefaultCategoryDataset layers = vm.dataProperty().get().layersDataset();
        assertEquals(134.996, layers.getValue(s.get(2).key(), "original").doubleValue(), 1e-9);
        assertNull(layers.getValue(s.get(2).key(), "optimized"));
    }

    @Test
    void clickingALayerAsksForItsLineAndTheBaseDoesNot() {
        vm.show(original(), optimized());
        List<LayerSegment> s = vm.dataProperty().get().segments();
        assertTrue(vm.activate(s.get(2).key()));
        assertEquals(List.of(new LineRequest("original", 5, s.get(2).describe())), requests);
        assertTrue(vm.messageProperty().get().contains("line 5: RUN pip install -r req.txt"));
        assertFalse(vm.activate(s.get(3).key()));
        assertFalse(vm.activate("no such series"));
        assertEquals(1, requests.size());
        assertTrue(vm.messageProperty().get().contains("base image"));
        assertTrue(vm.activate(s.get(4).key()));
        assertEquals(new LineRequest("optimized", 12, s.get(4).describe()), requests.get(1));
    }

    @Test
    void csvListsEveryLayerAndTheTotals() throws Exception {
        vm.show(original(), optimized());
        Path file = dir.resolve("sizes.csv");
        vm.export(file, ChartExporter.Format.CSV);
        List<String> lines = Files.readAllLines(file);
        assertEquals("variant,kind,layer,line,stage,instruction,size_bytes", lines.get(0));
        assertEquals("original,base,1,,,/bin/sh -c #(nop) ADD file:1 in /,120000000", lines.get(1));
        assertEquals("original,layer,5,5,0,RUN pip install -r req.txt,134996000", lines.get(5));
        assertEquals("original,layer,6,7,0,\"CMD [\"\"python\"\", \"\"run.py\"\"]\",0", lines.get(6));
        assertEquals("original,total,,,,,1010000000", lines.get(7));
        assertEquals("optimized,total,,,,,142000000", lines.get(lines.size() - 1));
        assertEquals(11, lines.size());
        assertTrue(vm.messageProperty().get().startsWith("Exported CSV"));
    }

    @Test
    void jsonHoldsBothVariantsAndTheReduction() throws Exception {
        vm.show(original(), optimized());
        Path file = dir.resolve("sizes.json");
        vm.export(file, ChartExporter.Format.JSON);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(85.9, root.get("reductionPercent").asDouble(), 1e-9);
        assertEquals(868_000_000L, root.get("savedBytes").asLong());
        assertEquals("optimized", root.get("variants").get(1).get("label").asText());
        assertEquals(12, root.get("variants").get(1).get("layers").get(1).get("line").asInt());
        // the export reads back as the same results
        BuildResult back = new ObjectMapper().treeToValue(root.get("variants").get(0), BuildResult.class);
        assertEquals(original(), back);
    }

    @Test
    void pngAndSvgExportsDrawTheChart() throws Exception {
        vm.show(original(), optimized());
        vm.darkProperty().set(true);
        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        vm.export(png, ChartExporter.formatOf(png));
        vm.export(svg, ChartExporter.formatOf(svg));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(ChartExporter.WIDTH, img.getWidth());
        assertEquals(ChartPalette.dark().background().getRGB(), img.getRGB(2, 2));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 80));
        assertTrue(text.contains("1.01 GB") && text.contains("142 MB") && text.contains("85.9% smaller"), "labels drawn");
    }

    @Test
    void exportWithoutDataSaysSoAndWritesNothing() {
        Path file = dir.resolve("x.png");
        vm.export(file, ChartExporter.Format.PNG);
        assertFalse(Files.exists(file));
        assertTrue(vm.messageProperty().get().startsWith("Nothing to export"));
    }

    @Test
    void failedExportIsReported() {
        vm.show(original(), null);
        vm.export(dir.resolve("missing-folder/x.csv"), ChartExporter.Format.CSV);
        assertTrue(vm.messageProperty().get().startsWith("Export failed"), vm.messageProperty().get());
    }
}

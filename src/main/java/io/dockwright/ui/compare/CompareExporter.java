package io.dockwright.ui.compare;

import io.dockwright.compare.Comparison;
import io.dockwright.files.AtomicFiles;
import io.dockwright.ui.chart.ChartData;
import io.dockwright.ui.chart.ChartExporter;
import io.dockwright.ui.chart.ChartPalette;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the comparison as Markdown or JSON ({@link io.dockwright.compare.ComparisonReport}), or the size chart as
 * PNG or SVG (the Chart tab's {@link ChartExporter}). Atomic writes; FX-free, runs in the background.
 */
public final class CompareExporter {
    public enum Format {
        MARKDOWN("Markdown", "md", true), JSON("JSON", "json", true), PNG("PNG", "png", false), SVG("SVG", "svg", false);

        private final String label;
        private final String extension;
        private final boolean contents;

        Format(String label, String extension, boolean contents) {
            this.label = label;
            this.extension = extension;
            this.contents = contents;
        }

        public String label() { return label; }

        public String extension() { return extension; }

        /** True for the reports, which list the images' files (PNG and SVG draw the sizes only). */
        public boolean needsContents() { return contents; }
    }

    private final ChartExporter chart;

    public CompareExporter(ChartExporter chart) {
        this.chart = chart;
    }

    /** {@code images} may be null for PNG and SVG. */
    public void export(Comparison builds, ComparedImages images, boolean dark, Path file, Format format) throws IOException {
        ChartPalette palette = dark ? ChartPalette.dark() : ChartPalette.light();
        ChartData data = new ChartData(builds.original(), builds.optimized());
        switch (format) {
            case MARKDOWN -> AtomicFiles.write(file, images.report().markdown().getBytes(StandardCharsets.UTF_8));
            case JSON -> AtomicFiles.write(file, images.report().json().getBytes(StandardCharsets.UTF_8));
            case PNG -> chart.export(data, palette, file, ChartExporter.Format.PNG);
            case SVG -> chart.export(data, palette, file, ChartExporter.Format.SVG);
        }
    }
}

package io.dockwright.ui.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes the chart (both plots side by side) as PNG or SVG (JFreeSVG), and the numbers as CSV or JSON.
 * Files are written atomically (temp file, then move). FX-free: runs on a background thread.
 */
public final class ChartExporter {
    public enum Format { PNG, SVG, CSV, JSON }

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 520;

    /** The format a file name asks for (by extension), PNG when unknown. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) return f;
        }
        return Format.PNG;
    }

    public void export(ChartData data, ChartPalette palette, Path file, Format format) throws IOException {
        switch (format) {
            case CSV -> write(file, data.csv().getBytes(StandardCharsets.UTF_8));
            case JSON -> write(file, data.json().getBytes(StandardCharsets.UTF_8));
            case SVG -> write(file, svg(data, palette).getBytes(StandardCharsets.UTF_8));
            case PNG -> write(file, png(data, palette));
        }
    }

    public String svg(ChartData data, ChartPalette palette) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        draw(g, data, palette);
        return g.getSVGDocument();
    }

    public byte[] png(ChartData data, ChartPalette palette) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        try {
            draw(g, data, palette);
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, ChartData data, ChartPalette palette) {
        int left = WIDTH * 2 / 5;
        JFreeChart totals = SizeCharts.totals(data, palette);
        JFreeChart layers = SizeCharts.layers(data, palette);
        totals.draw(g, new Rectangle2D.Double(0, 0, left, HEIGHT));
        layers.draw(g, new Rectangle2D.Double(left, 0, WIDTH - left, HEIGHT));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        io.dockwright.files.AtomicFiles.write(file, bytes);
    }
}

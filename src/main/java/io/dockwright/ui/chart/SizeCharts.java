package io.dockwright.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/** Builds the two JFreeCharts (total sizes; stacked layers) from {@link ChartData} in a theme's colours. FX-free. */
public final class SizeCharts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SizeCharts() {}

    /** Vertical bars, one per variant, with the size on each bar and the reduction as subtitle. */
    public static JFreeChart totals(ChartData data, ChartPalette palette) {
        CategoryPlot plot = plot(data.totalsDataset(), palette, PlotOrientation.VERTICAL);
        BarRenderer r = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return "optimized".equals(getPlot().getDataset().getColumnKey(column)) ? palette.optimized() : palette.original();
            }
        };
        style(r);
        r.setMaximumBarWidth(0.28);
        r.setDefaultItemLabelGenerator(sizeLabels());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(TITLE);
        r.setDefaultItemLabelPaint(palette.foreground());
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultToolTipGenerator((CategoryToolTipGenerator) (d, row, col) ->
                d.getColumnKey(col) + ": " + ChartData.size(Math.round(d.getValue(row, col).doubleValue() * ChartData.MB)));
        plot.setRenderer(r);
        plot.getRangeAxis().setUpperMargin(0.15);
        JFreeChart chart = chart("Image size", plot, palette);
        String reduction = data.reductionText();
        if (!reduction.isEmpty()) {
            TextTitle sub = new TextTitle("Optimized: " + reduction, TEXT);
            sub.setPaint(palette.optimized());
            chart.addSubtitle(sub);
        }
        return chart;
    }

    /** Horizontal stacked bars: base image first, then each instruction's layer. */
    public static JFreeChart layers(ChartData data, ChartPalette palette) {
        CategoryPlot plot = plot(data.layersDataset(), palette, PlotOrientation.HORIZONTAL);
        StackedBarRenderer r = new StackedBarRenderer();
        style(r);
        r.setMaximumBarWidth(0.3);
        List<LayerSegment> segments = data.segments();
        int layerIndex = 0;
        for (int i = 0; i < segments.size(); i++) {
            LayerSegment s = segments.get(i);
            if (s.base()) layerIndex = 0; // each variant's layers start the colour cycle again
            r.setSeriesPaint(i, s.base() ? palette.base() : palette.layer(layerIndex++));
        }
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(palette.background());
        r.setDefaultOutlineStroke(new BasicStroke(1f));
        r.setDefaultToolTipGenerator((CategoryToolTipGenerator) (d, row, col) -> {
            LayerSegment s = data.segment((String) d.getRowKey(row));
            return s == null ? null : s.describe();
        });
        plot.setRenderer(r);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        return chart("Where the bytes are (click a layer to see its line)", plot, palette);
    }

    private static CategoryPlot plot(CategoryDataset dataset, ChartPalette p, PlotOrientation orientation) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis("MB");
        CategoryPlot plot = new CategoryPlot(dataset, x, y, null);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(p.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(p.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        for (var axis : new org.jfree.chart.axis.Axis[] {x, y}) {
            axis.setLabelPaint(p.foreground());
            axis.setTickLabelPaint(p.foreground());
            axis.setAxisLinePaint(p.grid());
            axis.setTickMarkPaint(p.grid());
            axis.setLabelFont(TEXT);
            axis.setTickLabelFont(TEXT);
        }
        return plot;
    }

    private static void style(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0);
    }

    private static JFreeChart chart(String title, CategoryPlot plot, ChartPalette p) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(p.background());
        chart.getTitle().setPaint(p.foreground());
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static CategoryItemLabelGenerator sizeLabels() {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset d, int row) {
                return String.valueOf(d.getRowKey(row));
            }

            @Override
            public String generateColumnLabel(CategoryDataset d, int column) {
                return String.valueOf(d.getColumnKey(column));
            }

            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null ? null : ChartData.size(Math.round(v.doubleValue() * ChartData.MB));
            }
        };
    }
}

package io.dockwright.ui.chart;

import java.awt.Color;
import java.util.List;

/** Chart colours for one theme: background, text, grid, the two variants' total bars, base and layer segments. */
public record ChartPalette(Color background, Color foreground, Color grid, Color original, Color optimized,
                           Color base, List<Color> layers) {

    public static ChartPalette light() {
        return new ChartPalette(new Color(0xffffff), new Color(0x1f2328), new Color(0xd0d7de),
                new Color(0xcf6a32), new Color(0x2b8a6e), new Color(0x8c959f),
                List.of(new Color(0x0969da), new Color(0xbf8700), new Color(0x8250df), new Color(0x1a7f37),
                        new Color(0xcf222e), new Color(0x0598bc)));
    }

    public static ChartPalette dark() {
        return new ChartPalette(new Color(0x0d1117), new Color(0xe6edf3), new Color(0x30363d),
                new Color(0xf0883e), new Color(0x3fb950), new Color(0x6e7681),
                List.of(new Color(0x58a6ff), new Color(0xd29922), new Color(0xbc8cff), new Color(0x56d364),
                        new Color(0xff7b72), new Color(0x39c5cf)));
    }

    public Color layer(int i) {
        return layers.get(Math.floorMod(i, layers.size()));
    }

    public Color variant(int i) {
        return i == 0 ? original : optimized;
    }
}

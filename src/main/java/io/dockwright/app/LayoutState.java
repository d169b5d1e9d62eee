package io.dockwright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's layout as the user left it, without any control: the divider positions of each split pane (by the
 * pane's id) and whether the user hid the stage graph's legend. A missing, unreadable or hand-edited file, or a value
 * out of range, counts as not saved: that part opens as it does by default.
 */
final class LayoutState {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutState.class);
    private static final String DIVIDERS = "dividers.";
    private static final String LEGEND_HIDDEN = "legend.hidden";
    private final Map<String, double[]> dividers = new TreeMap<>();
    private boolean legendHidden;

    /** The layout saved in {@code file}, or the default one. */
    static LayoutState read(Path file) {
        LayoutState state = new LayoutState();
        PropertiesFile.load(file).ifPresent(p -> {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(DIVIDERS)) positions(p.getProperty(key)).ifPresent(d -> state.dividers.put(key.substring(DIVIDERS.length()), d));
            }
            state.legendHidden = "true".equals(p.getProperty(LEGEND_HIDDEN, "").trim());
        });
        return state;
    }

    /** Comma-separated divider positions, each within 0 to 1 and none before the previous one; empty otherwise. */
    static Optional<double[]> positions(String text) {
        try {
            double[] d = Arrays.stream(text.split(",", -1)).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
            return valid(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.info("Unusable divider positions \"{}\" in the layout file; the defaults apply", text);
            return Optional.empty();
        }
    }

    private static boolean valid(double[] d) {
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] >= 0 && d[i] <= 1) || (i > 0 && d[i] < d[i - 1])) return false; // NaN fails the first test
        }
        return d.length > 0;
    }

    /** The saved positions of the pane with {@code id}'s dividers. */
    Optional<double[]> dividers(String id) {
        return Optional.ofNullable(dividers.get(id)).map(double[]::clone);
    }

    /** Remembers the positions of a pane's dividers; a pane without dividers, or impossible positions, keep what was saved. */
    void setDividers(String id, double[] positions) {
        if (valid(positions)) dividers.put(id, positions.clone());
    }

    boolean legendHidden() { return legendHidden; }

    void setLegendHidden(boolean hidden) { legendHidden = hidden; }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        dividers.forEach((id, d) -> p.setProperty(DIVIDERS + id,
                String.join(",", Arrays.stream(d).mapToObj(Double::toString).toList())));
        p.setProperty(LEGEND_HIDDEN, Boolean.toString(legendHidden));
        PropertiesFile.store(file, p, "Dockwright layout: split pane dividers and the graph legend");
    }
}

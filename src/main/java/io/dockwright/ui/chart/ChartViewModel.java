package io.dockwright.ui.chart;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.ui.LineRequest;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The chart's state: the latest result of each variant, the reduction, the theme; a click on a layer segment
 * becomes a {@link LineRequest}; exports run in the background and report in {@link #messageProperty()}.
 */
public final class ChartViewModel {
    private final BackgroundExecutor executor;
    private final ChartExporter exporter;
    private final Consumer<LineRequest> goToLine;
    private final ObjectProperty<BuildResult> original = new SimpleObjectProperty<>(this, "original");
    private final ObjectProperty<BuildResult> optimized = new SimpleObjectProperty<>(this, "optimized");
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data", ChartData.empty());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public ChartViewModel(BackgroundExecutor executor, ChartExporter exporter, Consumer<LineRequest> goToLine) {
        this.executor = executor;
        this.exporter = exporter;
        this.goToLine = goToLine;
        original.addListener((o, was, is) -> refresh());
        optimized.addListener((o, was, is) -> refresh());
        refresh();
    }

    /** Shows these results (either may be null: not built). */
    public void show(BuildResult originalResult, BuildResult optimizedResult) {
        original.set(originalResult);
        optimized.set(optimizedResult);
    }

    /** Puts a result in the slot its label names ("optimized", else the original's). */
    public void accept(BuildResult result) {
        if (result == null) return;
        ("optimized".equals(result.label()) ? optimized : original).set(result);
    }

    private void refresh() {
        ChartData d = new ChartData(original.get(), optimized.get());
        data.set(d);
        headline.set(headline(d));
    }

    private static String headline(ChartData d) {
        if (d.isEmpty()) return "Chart: not built yet. Build a variant to compare image sizes.";
        StringBuilder s = new StringBuilder();
        for (BuildResult r : d.results()) {
            if (!s.isEmpty()) s.append("   ·   ");
            s.append(r.label()).append(' ').append(ChartData.size(r.sizeBytes()));
        }
        String reduction = d.reductionText();
        return reduction.isEmpty() ? s.toString() : s + "   ·   " + reduction;
    }

    /**
     * A click on the chart series named {@code key}: asks the editor to show that layer's line.
     * Returns false (and says why) for a segment with no line, e.g. the base image.
     */
    public boolean activate(String key) {
        LayerSegment s = data.get().segment(key);
        if (s == null) return false;
        if (s.line() < 1) {
            message.set(s.describe() + (s.base() ? " (comes with the base image, no line of yours)" : ""));
            return false;
        }
        message.set(s.describe());
        goToLine.accept(new LineRequest(s.variant(), s.line(), s.describe()));
        return true;
    }

    public ChartPalette palette() {
        return dark.get() ? ChartPalette.dark() : ChartPalette.light();
    }

    /** Writes the chart or its numbers to {@code file} in the background. */
    public void export(Path file, ChartExporter.Format format) {
        ChartData d = data.get();
        if (d.isEmpty()) {
            message.set("Nothing to export yet: build a variant first.");
            return;
        }
        ChartPalette p = palette();
        message.set("Exporting " + file.getFileName() + "…");
        executor.submit(() -> {
            exporter.export(d, p, file, format);
            return file;
        }, f -> message.set("Exported " + format + " to " + f), e -> message.set("Export failed: " + e.getMessage()));
    }

    public ReadOnlyObjectProperty<ChartData> dataProperty() { return data.getReadOnlyProperty(); }

    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    public ObjectProperty<BuildResult> originalProperty() { return original; }

    public ObjectProperty<BuildResult> optimizedProperty() { return optimized; }

    public BooleanProperty darkProperty() { return dark; }

    public StringProperty messageProperty() { return message; }
}

package io.dockwright.ui.compare;

import io.dockwright.compare.Comparison;
import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ReadListener;
import io.dockwright.engine.images.WastedPath;
import io.dockwright.engine.images.packages.PackageDiff;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.ui.LineRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Compare page: the two builds' sizes and reduction, each variant's layer table (a click asks for that line in
 * the variant's editor), and, once both images are read in the background (progress, cancel), the merged file tree,
 * the wasted paths, the package diff and "where the bytes went"; exports to Markdown, JSON, PNG and SVG.
 */
public final class CompareViewModel {
    public enum Phase { EMPTY, NOT_READ, READING, READY, CANCELLED, FAILED }

    private final BackgroundExecutor executor;
    private final ImageLoader loader;
    private final Consumer<LineRequest> goToLine;
    private final CompareExporter exporter;
    private final FileTreeViewModel files;
    private final ReadOnlyObjectWrapper<Comparison> builds = new ReadOnlyObjectWrapper<>(this, "builds");
    private final ReadOnlyObjectWrapper<ComparedImages> compared = new ReadOnlyObjectWrapper<>(this, "compared");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.EMPTY);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObservableList<LayerRow> originalLayers = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> optimizedLayers = FXCollections.observableArrayList();
    private final ObservableList<WastedRow> wasted = FXCollections.observableArrayList();
    private final ObservableList<PackageRow> packages = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();
    private long generation;

    public CompareViewModel(BackgroundExecutor executor, ImageLoader loader, CompareExporter exporter,
                            Consumer<LineRequest> goToLine) {
        this.executor = executor;
        this.loader = loader;
        this.exporter = exporter;
        this.goToLine = goToLine;
        this.files = new FileTreeViewModel(executor);
    }

    /** Shows two finished builds: sizes and layers at once; the images are read by {@link #read()}. */
    public void show(BuildResult original, BuildResult optimized) {
        if (original == null || optimized == null) return;
        Comparison c = builds.get();
        if (c != null && c.original().equals(original) && c.optimized().equals(optimized)) return;
        cancelRead();
        generation++;
        builds.set(new Comparison(original, optimized));
        compared.set(null);
        files.clear();
        originalLayers.setAll(LayerRows.of(original, null));
        optimizedLayers.setAll(LayerRows.of(optimized, null));
        wasted.clear();
        packages.clear();
        summary.set("");
        progress.set(0);
        phase.set(Phase.NOT_READ);
        status.set("The images' files are not read yet.");
    }

    /** Reads both images in the background unless they are read or being read. */
    public void read() {
        Comparison c = builds.get();
        if (c == null || phase.get() == Phase.READING || phase.get() == Phase.READY) return;
        long mine = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        phase.set(Phase.READING);
        progress.set(-1);
        status.set("Reading the original image…");
        Progress reporter = new Progress(c, stop);
        executor.submit(() -> {
            ImageContents a = loader.read(c.original(), reporter.listener(0));
            ImageContents b = loader.read(c.optimized(), reporter.listener(1));
            reporter.comparing();
            return ComparedImages.of(c, a, b);
        }, result -> {
            if (mine == generation) apply(result);
        }, e -> {
            if (mine == generation) failed(e);
        });
    }

    /** Stops reading the images (the page says so; Read again starts over). */
    public void cancelRead() {
        cancel.set(true);
    }

    private void failed(Throwable e) {
        boolean cancelled = e instanceof CancellationException || cancel.get() || e instanceof InterruptedException;
        phase.set(cancelled ? Phase.CANCELLED : Phase.FAILED);
        progress.set(0);
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        status.set(cancelled ? "Reading the images was cancelled." : "Could not read the images: " + firstLine(why));
    }

    private void apply(ComparedImages r) {
        compared.set(r);
        originalLayers.setAll(LayerRows.of(r.builds().original(), r.original()));
        optimizedLayers.setAll(LayerRows.of(r.builds().optimized(), r.optimized()));
        wasted.setAll(wastedRows(r));
        packages.setAll(packageRows(r.diff().packages()));
        summary.set("Where the bytes went (file contents): " + r.diff().summary());
        files.setTree(r.tree());
        progress.set(1);
        phase.set(Phase.READY);
        String incomplete = r.original().complete() && r.optimized().complete() ? ""
                : " Not every layer could be read completely: the figures cover what was read.";
        status.set(String.format(Locale.ROOT, "Read both images: %,d paths in the original, %,d in the optimized.",
                r.original().tree().size(), r.optimized().tree().size()) + incomplete);
    }

    private static List<WastedRow> wastedRows(ComparedImages r) {
        List<WastedRow> rows = new ArrayList<>();
        for (var side : List.of(r.original(), r.optimized())) {
            String label = side == r.original() ? "original" : "optimized";
            for (WastedPath w : side.wasted()) {
                rows.add(new WastedRow(label, w.path(), w.writes(), w.wastedBytes(), w.removed(),
                        w.layers().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        rows.sort(java.util.Comparator.comparingLong(WastedRow::wastedBytes).reversed());
        return rows;
    }

    private static List<PackageRow> packageRows(PackageDiff p) {
        List<PackageRow> rows = new ArrayList<>();
        if (p == null) return rows;
        p.onlyA().forEach(e -> rows.add(new PackageRow("gone", e.manager(), e.name(), e.version(), "", e.bytes(), 0)));
        p.onlyB().forEach(e -> rows.add(new PackageRow("new", e.manager(), e.name(), "", e.version(), 0, e.bytes())));
        p.changed().forEach(c -> rows.add(new PackageRow("version", c.manager(), c.name(), c.versionA(), c.versionB(),
                c.bytesA(), c.bytesB())));
        return rows;
    }

    /** A layer row was clicked: asks for its line in its variant's editor; false (and why) for a row without one. */
    public boolean activate(LayerRow row) {
        if (row == null) return false;
        if (row.line() < 1) {
            message.set(row.describe());
            return false;
        }
        message.set(row.describe());
        goToLine.accept(new LineRequest(row.variant(), row.line(), row.describe()));
        return true;
    }

    /** Writes the comparison (or the size chart) to {@code file} in the background. */
    public void export(Path file, CompareExporter.Format format) {
        Comparison c = builds.get();
        if (c == null) {
            message.set("Nothing to export yet: build both variants first.");
            return;
        }
        ComparedImages r = compared.get();
        if (r == null && format.needsContents()) {
            message.set("Read the images first: the " + format.label() + " export lists their files.");
            return;
        }
        boolean darkTheme = dark.get();
        message.set("Exporting " + file.getFileName() + "…");
        executor.submit(() -> {
            exporter.export(c, r, darkTheme, file, format);
            return file;
        }, f -> message.set("Exported " + format.label() + " to " + f), e -> message.set("Export failed: " + e.getMessage()));
    }

    /** "original 1.01 GB · optimized 142 MB · −86.0 % (868 MB saved)". */
    public static String headline(Comparison c) {
        if (c == null) return "";
        return "original " + ByteUnits.human(c.original().sizeBytes()) + "   ·   optimized "
                + ByteUnits.human(c.optimized().sizeBytes()) + "   ·   " + reduction(c);
    }

    /** "−86.0 % (868 MB saved)", or "+3.0 % (4 MB more)" when the optimized image is bigger. */
    public static String reduction(Comparison c) {
        double pct = c.reductionPercent();
        long saved = c.savedBytes();
        return saved >= 0 ? String.format(Locale.ROOT, "−%.1f %% (%s saved)", pct, ByteUnits.human(saved))
                : String.format(Locale.ROOT, "+%.1f %% (%s more)", -pct, ByteUnits.human(-saved));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Posts read progress to the UI thread at most once per pulse; polls the cancel flag. */
    private final class Progress {
        private final Comparison c;
        private final AtomicBoolean stop;
        private final AtomicLong[] read = {new AtomicLong(), new AtomicLong()};
        private final AtomicBoolean posted = new AtomicBoolean();
        private volatile int side;
        private volatile boolean comparing;

        Progress(Comparison c, AtomicBoolean stop) {
            this.c = c;
            this.stop = stop;
        }

        ReadListener listener(int which) {
            return new ReadListener() {
                @Override
                public void progress(long bytesRead, long expectedBytes) {
                    side = which;
                    read[which].set(bytesRead);
                    post();
                }

                @Override
                public boolean cancelled() {
                    return stop.get();
                }
            };
        }

        void comparing() {
            comparing = true;
            post();
        }

        private void post() {
            if (!posted.compareAndSet(false, true)) return;
            executor.onUi(() -> {
                posted.set(false);
                if (phase.get() != Phase.READING || cancel != stop) return;
                long total = c.original().sizeBytes() + c.optimized().sizeBytes();
                long done = read[0].get() + read[1].get();
                progress.set(comparing ? -1 : total <= 0 ? -1 : Math.min(0.99, (double) done / total));
                status.set(comparing ? "Comparing the files…" : String.format(Locale.ROOT, "Reading the %s image: %s of about %s…",
                        side == 0 ? "original" : "optimized", ByteUnits.human(read[side].get()),
                        ByteUnits.human(side == 0 ? c.original().sizeBytes() : c.optimized().sizeBytes())));
            });
        }
    }

    public FileTreeViewModel files() { return files; }

    public ReadOnlyObjectProperty<Comparison> buildsProperty() { return builds.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ComparedImages> comparedProperty() { return compared.getReadOnlyProperty(); }

    public ObjectProperty<Phase> phaseProperty() { return phase; }

    /** 0..1 while reading, -1 when the share is not known (the view shows a busy bar). */
    public DoubleProperty progressProperty() { return progress; }

    /** What the reading is doing, or why it failed. */
    public StringProperty statusProperty() { return status; }

    /** "Where the bytes went", once the images are compared. */
    public StringProperty summaryProperty() { return summary; }

    /** The last click's or export's message. */
    public StringProperty messageProperty() { return message; }

    public BooleanProperty darkProperty() { return dark; }

    public ObservableList<LayerRow> originalLayers() { return originalLayers; }

    public ObservableList<LayerRow> optimizedLayers() { return optimizedLayers; }

    public ObservableList<WastedRow> wasted() { return wasted; }

    public ObservableList<PackageRow> packages() { return packages; }
}

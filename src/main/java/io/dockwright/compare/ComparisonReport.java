package io.dockwright.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.LayerContents;
import io.dockwright.engine.images.WastedPath;
import io.dockwright.engine.images.diff.DirectoryTotal;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import io.dockwright.engine.images.packages.PackageDiff;
import io.dockwright.engine.images.report.ContentsJson;
import io.dockwright.engine.result.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The whole comparison of two builds as a file: the engine's sizes and the reduction, both layer lists with their
 * Dockerfile lines, what is inside each image (efficiency, wasted bytes), the file and package diff and "where the
 * bytes went". Markdown for people (a pull request, an issue), JSON for programs: the CLI's
 * {@code compare --files --json} document with each image's contents added. FX-free.
 */
public final class ComparisonReport {
    /** Rows listed per table (the largest first); the totals always cover everything. */
    public static final int LIMIT = 50;
    private final Comparison builds;
    private final ImageContents original;
    private final ImageContents optimized;
    private final ImageDiff diff;

    public ComparisonReport(Comparison builds, ImageContents original, ImageContents optimized, ImageDiff diff) {
        this.builds = builds;
        this.original = original;
        this.optimized = optimized;
        this.diff = diff;
    }

    public String json() {
        try {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(new ComparisonFormatter().json(builds));
            root.set("files", ContentsJson.diff(diff, true, LIMIT));
            ContentsJson.Detail detail = new ContentsJson.Detail(false, -1, 20);
            root.set("originalContents", ContentsJson.contents(original, detail));
            root.set("optimizedContents", ContentsJson.contents(optimized, detail));
            return ContentsJson.pretty(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Image comparison\n\n");
        md.append(diff.summary()).append("\n\n");
        md.append("| | original | optimized |\n|---|---:|---:|\n");
        row(md, "image size (engine)", human(builds.original().sizeBytes()), human(builds.optimized().sizeBytes()));
        row(md, "image", builds.original().tag(), builds.optimized().tag());
        row(md, "layers with content", String.valueOf(original.layers().size()), String.valueOf(optimized.layers().size()));
        row(md, "files and directories", String.format(Locale.ROOT, "%,d", original.tree().size()),
                String.format(Locale.ROOT, "%,d", optimized.tree().size()));
        row(md, "wasted bytes", human(original.wastedBytes()), human(optimized.wastedBytes()));
        row(md, "efficiency", percent(original.efficiency()), percent(optimized.efficiency()));
        row(md, "build time", seconds(builds.original()), seconds(builds.optimized()));
        md.append(String.format(Locale.ROOT, "%nReduction: **%.1f %%** (%s saved).%n", builds.reductionPercent(),
                human(builds.savedBytes())));
        layers(md, builds.original(), original);
        layers(md, builds.optimized(), optimized);
        files(md);
        packages(md);
        wasted(md, "original", original);
        wasted(md, "optimized", optimized);
        if (!original.complete() || !optimized.complete()) {
            md.append("\n> Not every layer could be read completely: the figures cover what was read.\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(Arrays.stream(cells).map(ComparisonReport::cell).collect(Collectors.joining(" | "))).append(" |\n");
    }

    /** A table cell: one line, pipes escaped. */
    static String cell(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").replace("|", "\\|");
        return one.length() > 90 ? one.substring(0, 87) + "..." : one;
    }

    private static void layers(StringBuilder md, BuildResult build, ImageContents contents) {
        md.append("\n## Layers of the ").append(build.label()).append(" image\n\n");
        md.append("| size | wasted | line | instruction |\n|---:|---:|---:|---|\n");
        for (LayerContents l : contents.layers()) {
            String line = l.origin().line() > 0 ? String.valueOf(l.origin().line()) : l.origin().base() ? "base" : "";
            String what = l.origin().instruction() != null ? l.origin().instruction() : l.origin().createdBy();
            row(md, human(l.bytes()), human(l.wastedBytes()), line, what);
        }
        long empty = build.layers().stream().filter(x -> x.sizeBytes() == 0).count();
        if (empty > 0) md.append("\n").append(empty).append(" history entries without content (ENV, WORKDIR, CMD ...) are not listed.\n");
    }

    private void files(StringBuilder md) {
        md.append("\n## Files\n\n");
        md.append(String.format(Locale.ROOT, "Only in the original: %d paths, %s. Only in the optimized: %d paths, %s. "
                        + "Changed: %d. Identical files: %,d.%n", diff.onlyA().size(), human(diff.onlyABytes()),
                diff.onlyB().size(), human(diff.onlyBBytes()), diff.changed().size(), diff.identical()));
        pathTable(md, "Only in the original", diff.onlyA(), PathDiff::bytesA);
        pathTable(md, "Only in the optimized", diff.onlyB(), PathDiff::bytesB);
        pathTable(md, "Changed", diff.changed(), p -> Math.abs(p.delta()));
        if (!diff.directories().isEmpty()) {
            md.append("\n### Directories\n\n| original | optimized | path |\n|---:|---:|---|\n");
            for (DirectoryTotal t : diff.directories().stream().limit(LIMIT).toList()) {
                row(md, human(t.bytesA()), human(t.bytesB()), "`" + t.path() + "`");
            }
        }
    }

    private static void pathTable(StringBuilder md, String title, List<PathDiff> list, java.util.function.ToLongFunction<PathDiff> key) {
        if (list.isEmpty()) return;
        md.append("\n### ").append(title).append("\n\n| original | optimized | path | paths |\n|---:|---:|---|---:|\n");
        list.stream().sorted(Comparator.comparingLong(key).reversed()).limit(LIMIT).forEach(p ->
                row(md, human(p.bytesA()), human(p.bytesB()), "`" + p.path() + "`", String.valueOf(Math.max(p.pathsA(), p.pathsB()))));
        if (list.size() > LIMIT) md.append("\n... and ").append(list.size() - LIMIT).append(" more.\n");
    }

    private void packages(StringBuilder md) {
        PackageDiff p = diff.packages();
        md.append("\n## Packages\n\n");
        if (p == null || p.empty()) {
            md.append("No package differs (dpkg, apk, Python and npm databases).\n");
            return;
        }
        md.append("| | manager | package | original | optimized | bytes |\n|---|---|---|---|---|---:|\n");
        p.onlyA().stream().limit(LIMIT).forEach(e -> row(md, "gone", e.manager(), e.name(), e.version(), "", human(e.bytes())));
        p.onlyB().stream().limit(LIMIT).forEach(e -> row(md, "new", e.manager(), e.name(), "", e.version(), human(e.bytes())));
        p.changed().stream().limit(LIMIT).forEach(c -> row(md, "version", c.manager(), c.name(), c.versionA(), c.versionB(),
                human(c.bytesB() - c.bytesA())));
    }

    private static void wasted(StringBuilder md, String label, ImageContents c) {
        if (c.wasted().isEmpty()) return;
        md.append("\n## Wasted in the ").append(label).append(" image (").append(human(c.wastedBytes())).append(")\n\n");
        md.append("| wasted | writes | layers | path |\n|---:|---:|---|---|\n");
        for (WastedPath w : c.wasted().stream().limit(LIMIT).toList()) {
            row(md, human(w.wastedBytes()), String.valueOf(w.writes()),
                    w.layers().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    "`" + w.path() + "`" + (w.removed() ? " (removed)" : ""));
        }
    }

    private static String human(long bytes) {
        return bytes < 0 ? "−" + ByteUnits.human(-bytes) : ByteUnits.human(bytes);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }

    private static String seconds(BuildResult r) {
        return String.format(Locale.ROOT, "%.1f s", r.buildSeconds());
    }
}

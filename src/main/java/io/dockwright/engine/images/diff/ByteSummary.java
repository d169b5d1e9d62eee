package io.dockwright.engine.images.diff;

import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.packages.PackageDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Where the bytes went" in words: the totals, the packages and the largest paths that are gone, the largest
 * that are new, e.g. "1.01 GB → 142 MB (−86%). gone: gcc-12 and 19 other packages, 310 MB; /root/.cache, 52 MB;
 * new: /opt/venv, 31 MB".
 */
final class ByteSummary {
    private static final int NAMED = 2;

    private ByteSummary() {}

    static String of(ImageDiff d) {
        StringBuilder s = new StringBuilder();
        s.append(ByteUnits.human(d.bytesA())).append(" → ").append(ByteUnits.human(d.bytesB()));
        if (d.bytesA() > 0) {
            s.append(String.format(Locale.ROOT, " (%+.0f%%)", 100.0 * (d.bytesB() - d.bytesA()) / d.bytesA()));
        }
        List<String> gone = new ArrayList<>();
        List<String> added = new ArrayList<>();
        PackageDiff p = d.packages();
        if (p != null && !p.onlyA().isEmpty()) gone.add(packages(p.onlyA(), p.onlyABytes()));
        if (p != null && !p.onlyB().isEmpty()) added.add(packages(p.onlyB(), p.onlyBBytes()));
        largest(d.onlyA(), true).forEach(e -> gone.add(e.path() + ", " + ByteUnits.human(e.bytesA())));
        largest(d.onlyB(), false).forEach(e -> added.add(e.path() + ", " + ByteUnits.human(e.bytesB())));
        if (!gone.isEmpty()) s.append(". gone: ").append(String.join("; ", gone));
        if (!added.isEmpty()) s.append(gone.isEmpty() ? ". new: " : "; new: ").append(String.join("; ", added));
        long changed = d.changed().stream().filter(c -> c.a() != null && c.a().type().regular()).count();
        if (changed > 0) {
            long delta = d.changed().stream().filter(c -> c.a().type().regular()).mapToLong(PathDiff::delta).sum();
            s.append("; changed: ").append(changed).append(changed == 1 ? " file, " : " files, ")
                    .append(delta >= 0 ? "+" : "−").append(ByteUnits.human(Math.abs(delta)));
        }
        if (gone.isEmpty() && added.isEmpty() && changed == 0) s.append(". no file differs");
        return s.toString();
    }

    private static String packages(List<PackageDiff.Entry> list, long bytes) {
        String first = list.get(0).name();
        String rest = list.size() == 1 ? "" : " and " + (list.size() - 1) + " other package" + (list.size() == 2 ? "" : "s");
        return (list.size() == 1 ? "package " : "") + first + rest + (bytes > 0 ? ", " + ByteUnits.human(bytes) : "");
    }

    private static List<PathDiff> largest(List<PathDiff> list, boolean sideA) {
        return list.stream().sorted(Comparator.comparingLong((PathDiff e) -> sideA ? e.bytesA() : e.bytesB()).reversed())
                .filter(e -> (sideA ? e.bytesA() : e.bytesB()) > 0).limit(NAMED).toList();
    }
}

package io.dockwright.cli;

import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.diff.DirectoryTotal;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import io.dockwright.engine.images.packages.PackageDiff;
import io.dockwright.engine.images.packages.PackageInventory;
import io.dockwright.engine.images.report.ContentsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright diff}: the files (and packages) of two images side by side. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares the final filesystems of two images (engine images, tarballs or OCI layouts): paths only "
                + "in A, only in B, changed (type, size, mode, owner, link, SHA-256 of the content), bytes per directory, "
                + "and with --packages the dpkg, apk, Python and npm packages each image's own databases list.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both read (whether or not they differ)", "2:bad arguments or an image cannot be read",
                "4:no Docker engine answered (for an image name)"})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE_A")
    String a;

    @Parameters(index = "1", paramLabel = "IMAGE_B")
    String b;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--packages", description = "Also diff the packages the images' databases list.")
    boolean packages;

    @Option(names = "--path", paramLabel = "PREFIX", description = "Only paths under this one (e.g. /usr/lib).")
    String prefix;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Entries per list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--engine", description = "Engine endpoint; default: discovered.")
    String engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options = PackageInventory.captureFor(ReadOptions.defaults().withDigests(true));
        ImageContents ca;
        ImageContents cb;
        try (ImageInputs inputs = new ImageInputs(engine)) {
            ca = inputs.read(a, options, null);
            cb = inputs.read(b, options, null);
        } catch (EngineUnavailableException e) {
            err.println("dockwright diff: an argument is not a file, and " + e.getMessage());
            return CompareCommand.NO_ENGINE;
        } catch (ImageReadException | IOException e) {
            err.println("dockwright diff: " + e.getMessage());
            return InspectCommand.UNREADABLE;
        }
        ImageDiff d = ImageDiff.of(ca, cb, prefix);
        if (json) out.print(ContentsJson.pretty(ContentsJson.diff(d, packages, limit)));
        else print(out, d, packages, limit);
        for (ImageContents c : List.of(ca, cb)) {
            if (!c.complete()) err.println("dockwright diff: " + c.source() + " was read incompletely: " + c.problems());
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, ImageDiff d, boolean packages, int limit) {
        out.println("A: " + d.a() + "   B: " + d.b() + (d.prefix().equals("/") ? "" : "   under " + d.prefix()));
        out.println(d.summary());
        out.printf(Locale.ROOT, "only in A: %d paths, %s   only in B: %d paths, %s   changed: %d   identical files: %,d%s%n",
                d.onlyA().size(), ByteUnits.human(d.onlyABytes()), d.onlyB().size(), ByteUnits.human(d.onlyBBytes()),
                d.changed().size(), d.identical(), d.sameSizeUnhashed() > 0 ? "   same size, content not compared: " + d.sameSizeUnhashed() : "");
        list(out, "Only in A", d.onlyA(), true, limit);
        list(out, "Only in B", d.onlyB(), false, limit);
        if (!d.changed().isEmpty()) {
            out.println("Changed:");
            d.changed().stream().sorted(Comparator.comparingLong((PathDiff p) -> Math.abs(p.delta())).reversed()).limit(limit)
                    .forEach(p -> out.printf("  %9s → %-9s %s (%s)%n", ByteUnits.human(p.bytesA()), ByteUnits.human(p.bytesB()), p.path(),
                            p.aspects().stream().sorted().map(x -> x.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        }
        if (!d.directories().isEmpty()) {
            out.println("Directories (A → B):");
            for (DirectoryTotal t : d.directories().stream().limit(limit).toList()) {
                out.printf("  %9s → %-9s %s%n", ByteUnits.human(t.bytesA()), ByteUnits.human(t.bytesB()), t.path());
            }
        }
        if (packages && d.packages() != null) packages(out, d.packages(), limit);
    }

    private static void list(PrintWriter out, String title, List<PathDiff> entries, boolean sideA, int limit) {
        if (entries.isEmpty()) return;
        out.println(title + ":");
        entries.stream().sorted(Comparator.comparingLong((PathDiff p) -> sideA ? p.bytesA() : p.bytesB()).reversed()).limit(limit)
                .forEach(p -> {
                    int paths = sideA ? p.pathsA() : p.pathsB();
                    out.printf("  %9s  %s%s%n", ByteUnits.human(sideA ? p.bytesA() : p.bytesB()), p.path(), paths > 1 ? " (" + paths + " paths)" : "");
                });
        if (entries.size() > limit) out.println("  ... and " + (entries.size() - limit) + " more");
    }

    private static void packages(PrintWriter out, PackageDiff p, int limit) {
        out.printf("Packages: only in A %d (%s), only in B %d (%s), other version %d%n", p.onlyA().size(),
                ByteUnits.human(p.onlyABytes()), p.onlyB().size(), ByteUnits.human(p.onlyBBytes()), p.changed().size());
        p.onlyA().stream().limit(limit).forEach(e -> out.printf("  - %-8s %s %s (%s)%n", e.manager(), e.name(), e.version(), ByteUnits.human(e.bytes())));
        p.onlyB().stream().limit(limit).forEach(e -> out.printf("  + %-8s %s %s (%s)%n", e.manager(), e.name(), e.version(), ByteUnits.human(e.bytes())));
        p.changed().stream().limit(limit).forEach(c -> out.printf("  ~ %-8s %s %s → %s%n", c.manager(), c.name(), c.versionA(), c.versionB()));
    }
}

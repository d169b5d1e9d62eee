package io.dockwright.cli;

import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.FileChange.Kind;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ImageReadException;
import io.dockwright.engine.images.LayerContents;
import io.dockwright.engine.images.Problem;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.WastedPath;
import io.dockwright.engine.images.report.CiRules;
import io.dockwright.engine.images.report.ContentsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright inspect}: what is inside an image, layer by layer, and how much of it is wasted. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Reads an image (from the engine, a docker save tarball, or an OCI layout directory or archive) in "
                + "one streaming pass and prints its size, layers, efficiency, wasted bytes and largest files.",
                "Wasted bytes: copies of a path that later layers overwrote, plus removed files (never the copy that shows). "
                + "Efficiency: final filesystem bytes / bytes in all layers. See docs/images.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:read (and every CI threshold passed)", "1:a CI threshold failed",
                "2:bad arguments or the image cannot be read", "4:no Docker engine answered (for an image name)"})
public final class InspectCommand implements Callable<Integer> {
    static final int THRESHOLD_FAILED = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE|TARBALL|OCI-DIR", description = "An image on the engine, a file or a directory.")
    String image;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--layers", description = "List each layer's changes (added, changed, removed paths).")
    boolean layers;

    @Option(names = "--tree", paramLabel = "DEPTH", description = "Print the final filesystem to this depth, largest first.")
    Integer treeDepth;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Largest and most wasted paths to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--dockerfile", description = "The Dockerfile that built the image: layers get their lines.")
    Path dockerfile;

    @Option(names = "--target", description = "The Dockerfile's target stage.")
    String target;

    @Option(names = "--build-arg", description = "Build argument K=V (repeatable), for the Dockerfile's FROM lines.")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--engine", description = "Engine endpoint; default: discovered.")
    String engine;

    @Option(names = "--lowest-efficiency", paramLabel = "RATIO", description = "CI: fail when the efficiency is below (e.g. 0.9).")
    String lowestEfficiency;

    @Option(names = "--highest-wasted-bytes", paramLabel = "SIZE", description = "CI: fail when more bytes are wasted (e.g. 20MB, 20MiB).")
    String highestWastedBytes;

    @Option(names = "--highest-user-wasted-percent", paramLabel = "RATIO",
            description = "CI: fail when wasted bytes / user-layer bytes is above (a ratio: 0.1 = 10%%).")
    String highestUserWasted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CiRules rules;
        try {
            rules = CiRules.parse(lowestEfficiency, highestWastedBytes, highestUserWasted);
        } catch (IllegalArgumentException e) {
            err.println("dockwright inspect: " + e.getMessage());
            return UNREADABLE;
        }
        ImageContents c;
        try (ImageInputs inputs = new ImageInputs(engine)) {
            c = inputs.read(image, ReadOptions.defaults(), new ImageInputs.Dockerfile(dockerfile, target, buildArgs));
        } catch (EngineUnavailableException e) {
            err.println("dockwright inspect: " + image + " is not a file, and " + e.getMessage());
            return CompareCommand.NO_ENGINE;
        } catch (ImageReadException | IOException e) {
            err.println("dockwright inspect: " + e.getMessage());
            return UNREADABLE;
        }
        List<CiRules.Outcome> outcomes = rules.evaluate(c);
        if (json) {
            var node = ContentsJson.contents(c, new ContentsJson.Detail(layers, treeDepth == null ? -1 : treeDepth, top));
            if (rules.any()) {
                var ci = node.putArray("ci");
                outcomes.forEach(o -> ci.addObject().put("rule", o.rule()).put("passed", o.passed()).put("message", o.message()));
            }
            out.print(ContentsJson.pretty(node));
        } else {
            text(out, c);
            ci(out, outcomes);
        }
        out.flush();
        return outcomes.stream().allMatch(CiRules.Outcome::passed) ? 0 : THRESHOLD_FAILED;
    }

    private void text(PrintWriter out, ImageContents c) {
        out.println("Image: " + c.source() + (c.repoTags().isEmpty() ? "" : " " + c.repoTags()) + " " + shortId(c.imageId()));
        out.printf(Locale.ROOT, "Size: %s in %d layers, final filesystem %s in %,d paths%n", ByteUnits.human(c.layerBytes()),
                c.layers().size(), ByteUnits.human(c.finalBytes()), c.tree().size());
        out.printf(Locale.ROOT, "Efficiency: %.2f %%   Wasted: %s   User wasted: %s%n", 100 * c.efficiency(),
                ByteUnits.human(c.wastedBytes()), Double.isFinite(c.userWastedRatio())
                        ? String.format(Locale.ROOT, "%.2f %% of %s", 100 * c.userWastedRatio(), ByteUnits.human(c.userBytes())) : "no user bytes");
        out.println();
        out.printf("%-3s %9s %9s %7s %7s %7s  %-4s %5s  %s%n", "#", "size", "wasted", "added", "changed", "removed", "from", "line", "instruction");
        for (LayerContents l : c.layers()) {
            String from = switch (l.origin().provenance()) { case BASE -> "base"; case OWN -> "own"; default -> "?"; };
            String what = l.origin().instruction() != null ? l.origin().instruction() : l.origin().createdBy();
            out.printf("%-3d %9s %9s %7d %7d %7d  %-4s %5s  %s%n", l.index(), ByteUnits.human(l.bytes()), ByteUnits.human(l.wastedBytes()),
                    l.count(Kind.ADDED), l.count(Kind.CHANGED), l.count(Kind.REMOVED), from,
                    l.origin().line() > 0 ? String.valueOf(l.origin().line()) : "", abbreviate(what));
            if (layers) l.changes().forEach(ch -> out.printf("      %s %s %s%n", mark(ch.kind()), ch.file().path(),
                    ch.bytes() > 0 ? "(" + ByteUnits.human(ch.bytes()) + ")" : ""));
        }
        out.println();
        out.println("Largest files:");
        for (TreeNode n : c.tree().largestFiles(top)) out.printf("  %9s  %s%n", ByteUnits.human(n.size()), n.path());
        if (!c.wasted().isEmpty()) {
            out.println("Most wasted:");
            for (WastedPath w : c.wasted().stream().limit(top).toList()) {
                out.printf("  %9s  %s (written %d× in layers %s%s)%n", ByteUnits.human(w.wastedBytes()), w.path(), w.writes(),
                        w.layers(), w.removed() ? ", removed" : "");
            }
        }
        if (treeDepth != null) {
            out.println("Tree:");
            tree(out, c.tree().root(), 0, treeDepth);
        }
        for (Problem p : c.problems()) out.println((p.dataLost() ? "incomplete: " : "note: ") + p);
    }

    private static void tree(PrintWriter out, TreeNode n, int depth, int max) {
        out.printf("  %9s  %s%s%n", ByteUnits.human(n.totalBytes()), "  ".repeat(depth), depth == 0 ? "/" : n.name() + (n.directory() ? "/" : ""));
        if (depth >= max) return;
        n.children().stream().sorted(Comparator.comparingLong(TreeNode::totalBytes).reversed().thenComparing(TreeNode::name))
                .forEach(k -> tree(out, k, depth + 1, max));
    }

    private static void ci(PrintWriter out, List<CiRules.Outcome> outcomes) {
        if (outcomes.isEmpty()) return;
        out.println();
        for (CiRules.Outcome o : outcomes) out.println((o.passed() ? "PASS: " : "FAIL: ") + o.rule() + (o.passed() ? "" : ": " + o.message()));
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.println(failed == 0 ? "Result: PASS" : "Result: FAIL (" + failed + " of " + outcomes.size() + " rules)");
    }

    private static String mark(Kind k) {
        return switch (k) { case ADDED -> "+"; case CHANGED -> "~"; case REMOVED -> "-"; };
    }

    static String shortId(String id) {
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 70 ? one.substring(0, 67) + "..." : one;
    }
}

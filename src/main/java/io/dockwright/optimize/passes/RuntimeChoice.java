package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.passes.MultiStagePass.Category;
import io.dockwright.optimize.recipes.OsPackages;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runtime stage's base and OS packages: the recipe's or the table's image, moved to the table's shell runtime
 * when a shell-less image (distroless, scratch) cannot run what the stage needs.
 *
 * @param image        the runtime base image
 * @param shellSwitch  why the shell runtime replaced the planned image, or null
 * @param packages     OS packages the runtime installs
 * @param buildOnly    OS packages left in the builder
 * @param apk          true when the packages come from apk (Alpine)
 * @param packageLines the lines of the RUNs that install packages
 */
record RuntimeChoice(String image, String shellSwitch, Set<String> packages, List<String> buildOnly, boolean apk,
                     List<LineRange> packageLines) {
    private static final String SIMPLE_WORDS = "[\\w./:=@%+-]+(\\s+[\\w./:=@%+-]+)*";

    static RuntimeChoice of(StageFacts facts, String planned, RuntimeBaseTable table) {
        Set<String> runtimePkgs = new LinkedHashSet<>();
        List<String> buildOnly = new ArrayList<>();
        List<LineRange> lines = new ArrayList<>();
        boolean apk = false;
        for (Instruction run : facts.runs()) {
            OsPackages p = OsPackages.of(facts.script(run).commands());
            if (p.installed().isEmpty()) continue;
            apk |= p.apk();
            runtimePkgs.addAll(p.runtime(table));
            buildOnly.addAll(p.buildOnly(table));
            lines.add(facts.source.lines(run));
        }
        String image = planned;
        String switched = null;
        if (shellless(image)) {
            runtimePkgs.removeAll(Set.of("ca-certificates", "tzdata"));
            String need = shellNeed(facts, runtimePkgs);
            if (need != null) {
                switched = "The runtime stage uses " + table.shellRuntime() + " instead of " + image + " because " + need + ".";
                image = table.shellRuntime();
            }
        }
        return new RuntimeChoice(image, switched, runtimePkgs, buildOnly, apk, lines);
    }

    boolean shell() { return !shellless(image); }

    static boolean shellless(String image) {
        return image.contains("distroless") || image.equals("scratch");
    }

    /** Why the runtime needs a shell, or null. */
    private static String shellNeed(StageFacts facts, Set<String> runtimePkgs) {
        if (!runtimePkgs.isEmpty()) return "the runtime needs OS packages (" + String.join(" ", runtimePkgs) + ")";
        for (Instruction i : facts.instructions) {
            if (i.keyword() == Keyword.HEALTHCHECK && !Source.command(i).trim().toUpperCase().startsWith("NONE")) {
                return "the HEALTHCHECK runs a command";
            }
            if ((i.keyword() == Keyword.CMD || i.keyword() == Keyword.ENTRYPOINT) && !i.json()
                    && !Source.command(i).trim().matches(SIMPLE_WORDS)) {
                return "line " + facts.source.firstLine(i) + " needs a shell to run";
            }
            if (i.keyword() == Keyword.RUN && MultiStagePass.category(i) != Category.BUILDER) {
                return "line " + facts.source.firstLine(i) + " runs in the runtime stage";
            }
        }
        if (facts.entryWords().stream().findFirst().filter(w -> w.endsWith(".sh")).isPresent()) return "the entry point is a shell script";
        return null;
    }

    /** The RUN that installs the runtime packages, or "". */
    String packagesRun(String nl) {
        if (packages.isEmpty()) return "";
        String list = String.join(" ", packages);
        if (apk) return "RUN apk add --no-cache " + list + nl;
        return "RUN apt-get update && apt-get install -y --no-install-recommends " + list + " \\" + nl
                + "    && rm -rf /var/lib/apt/lists/*" + nl;
    }
}

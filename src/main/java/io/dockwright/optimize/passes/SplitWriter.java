package io.dockwright.optimize.passes;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.recipes.Recipe;
import io.dockwright.optimize.recipes.StageFacts;
import io.dockwright.optimize.recipes.OsPackages;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.passes.MultiStagePass.Category;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the builder (the original stage, edited by spans) and the new runtime stage after it. */
final class SplitWriter {
    private static final String SIMPLE_WORDS = "[\\w./:=@%+-]+(\\s+[\\w./:=@%+-]+)*";

    private final Source src;
    private final StageFacts facts;
    private final Stage stage;
    private final Recipe.Plan plan;
    private final RuntimeBaseTable.Mapping mapping;
    private final RuntimeBaseTable table;
    private final List<Instruction> ins;
    private final List<String> warnings = new ArrayList<>();
    private final List<Pass.Fate> fates = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    SplitWriter(Source src, StageFacts facts, Stage stage, Recipe.Plan plan, RuntimeBaseTable.Mapping mapping,
                RuntimeBaseTable table) {
        this.src = src;
        this.facts = facts;
        this.stage = stage;
        this.plan = plan;
        this.mapping = mapping;
        this.table = table;
        this.ins = facts.instructions;
    }

    Pass.Output write() {
        String nl = src.nl;
        String builder = stage.name() != null ? stage.name() : "builder";
        Instruction from = ins.get(0);
        List<Recipe.Artifact> artifacts = artifacts();
        Set<String> runtimePkgs = new LinkedHashSet<>();
        List<String> buildOnlyPkgs = new ArrayList<>();
        boolean apk = false;
        List<LineRange> pkgLines = new ArrayList<>();
        for (Instruction run : facts.runs()) {
            OsPackages p = OsPackages.parse(Source.command(run));
            if (p.installed().isEmpty()) continue;
            apk |= p.apk();
            runtimePkgs.addAll(p.runtime(table));
            buildOnlyPkgs.addAll(p.buildOnly(table));
            pkgLines.add(src.lines(run));
        }
        String runtime = plan.runtimeBase() != null ? plan.runtimeBase() : mapping.runtime();
        if (shellless(runtime)) {
            runtimePkgs.removeAll(Set.of("ca-certificates", "tzdata"));
            String needs = shellNeed(runtimePkgs);
            if (needs != null) {
                warnings.add("The runtime stage uses " + table.shellRuntime() + " instead of " + runtime + " because " + needs + ".");
                runtime = table.shellRuntime();
            }
        }
        boolean convertEntry = shellless(runtime);

        TextEdits edits = new TextEdits();
        if (stage.name() == null) edits.insert(from.args().get(0).span().end(), " AS " + builder);
        int afterFrom = src.blockEnd(from);
        String pre = plan.builderPrelude();
        if (!pre.isEmpty()) edits.insert(afterFrom, (src.text.charAt(afterFrom - 1) == '\n' ? "" : nl) + pre);
        StringBuilder rt = new StringBuilder();
        rt.append(plan.builderAppend())
                .append("# Dockwright: runtime stage, only what the ").append(plan.stack()).append(" app needs to run").append(nl)
                .append("FROM ").append(runtime).append(nl);
        if (!runtimePkgs.isEmpty()) rt.append(packagesRun(apk, runtimePkgs, nl));
        rt.append(plan.runtimePrelude());
        boolean copied = false;
        for (Instruction i : ins.subList(1, ins.size())) {
            Category c = MultiStagePass.category(i);
            if (c == Category.BUILDER) {
                fates.add(new Pass.Fate(src.firstLine(i), "kept in the builder stage", MultiStagePass.ID));
                if (i.keyword() == Keyword.UNKNOWN) warnings.add("Unknown instruction on line " + src.firstLine(i) + " kept in the builder stage.");
                continue;
            }
            if (!copied && MultiStagePass.runtimeOnly(i.keyword())) {
                rt.append(copies(artifacts, builder, nl));
                copied = true;
            }
            if (c == Category.MOVE) {
                edits.delete(src.blockStart(i), src.blockEnd(i));
                rt.append(convertEntry ? execForm(i) : src.block(i));
                fates.add(new Pass.Fate(src.firstLine(i), "moved to the runtime stage", "runtime-config"));
            } else {
                rt.append(src.text(i)).append(nl);
                fates.add(new Pass.Fate(src.firstLine(i), "kept in the builder stage and repeated in the runtime stage", "runtime-config"));
            }
        }
        if (!copied) rt.append(copies(artifacts, builder, nl));
        String builderText = edits.apply(src.text);
        String lead = builderText.endsWith("\n") ? "" : nl;
        String sep = builderText.endsWith(nl + nl) && plan.builderAppend().isEmpty() ? "" : nl;
        edits.insert(src.text.length(), lead + rt.insert(rt.indexOf("# Dockwright: runtime stage"), sep));
        fates.add(new Pass.Fate(src.firstLine(from), "kept as the builder stage's FROM", MultiStagePass.ID));

        LineRange all = new LineRange(stage.line(), stage.endLine());
        String what = artifacts.stream().map(Recipe.Artifact::path).collect(Collectors.joining(", "));
        changes.add(new Change(MultiStagePass.ID, ChangeKind.MULTI_STAGE, "Split into builder and runtime stages (" + plan.stack() + ")",
                plan.reason() + ".", List.of(all), "The final image holds the runtime base plus " + what
                + "; the build tools and intermediate files stay in the '" + builder + "' stage."));
        changes.add(new Change("runtime-base", ChangeKind.RUNTIME_BASE, "Runtime stage on " + runtime + " instead of " + stage.base(),
                plan.runtimeBase() == null && runtime.equals(mapping.runtime())
                        ? "The runtime base table maps '" + mapping.rule() + "' to '" + runtime + "'."
                        : "Chosen for this stack: " + runtime + ".",
                List.of(src.lines(from)), "The runtime image starts from a smaller base without compilers or headers."));
        List<LineRange> cfg = ins.stream().filter(i -> MultiStagePass.category(i) != Category.BUILDER).map(src::lines).toList();
        if (!cfg.isEmpty()) {
            changes.add(new Change("runtime-config", ChangeKind.MULTI_STAGE, "Runtime settings carried to the runtime stage",
                    "ENV, ARG, WORKDIR, USER and SHELL apply to both stages; CMD, ENTRYPOINT, EXPOSE, LABEL, VOLUME, "
                            + "HEALTHCHECK and STOPSIGNAL describe the final image only.", cfg,
                    "The final image starts with the Dockerfile's own settings (what the base image sets may differ "
                            + "on the new base); unverified until a verification has run both images."));
        }
        if (!pkgLines.isEmpty()) {
            changes.add(new Change("runtime-packages", ChangeKind.MULTI_STAGE, "OS packages split between builder and runtime",
                    "Build-only packages (" + (buildOnlyPkgs.isEmpty() ? "none" : String.join(" ", buildOnlyPkgs))
                            + ") stay in the builder; the runtime installs " + (runtimePkgs.isEmpty() ? "none" : String.join(" ", runtimePkgs)) + ".",
                    pkgLines, "Compilers and headers are not in the final image."));
        }
        warnings.addAll(plan.warnings());
        return new Pass.Output(edits.apply(src.text), changes, warnings, fates);
    }

    private List<Recipe.Artifact> artifacts() {
        List<Recipe.Artifact> out = new ArrayList<>(plan.artifacts());
        Set<String> workdirs = new LinkedHashSet<>();
        ins.forEach(i -> workdirs.add(facts.workdirAt(i)));
        for (Instruction i : ins) {
            if ((i.keyword() != Keyword.COPY && i.keyword() != Keyword.ADD) || i.args().size() < 2) continue;
            String dest = StageFacts.resolve(facts.workdirAt(i), i.args().get(i.args().size() - 1).value());
            List<Word> sources = i.args().subList(0, i.args().size() - 1);
            if (sources.stream().anyMatch(w -> w.value().equals(".") || w.value().equals("./"))) continue; // the sources
            boolean dir = i.args().get(i.args().size() - 1).value().endsWith("/");
            if (dir && sources.size() == 1 && !sources.get(0).value().matches(".*[*?\\[$].*")) {
                String s = sources.get(0).value().replaceAll("/+$", "");
                dest = StageFacts.resolve(dest, s.substring(s.lastIndexOf('/') + 1));
            }
            String d = dest;
            boolean inWorkdir = workdirs.stream().anyMatch(w -> !w.equals("/") && (d.equals(w) || d.startsWith(w + "/")));
            if (!inWorkdir && !covered(out, d) && !d.equals("/")) out.add(new Recipe.Artifact(d, "put there by line " + src.firstLine(i)));
            if (d.equals("/") && workdirs.size() == 1) warnings.add("Line " + src.firstLine(i) + " copies into /: those files are not copied to the runtime stage.");
        }
        facts.entryExecutablePath().filter(p -> !covered(out, p))
                .ifPresent(p -> out.add(new Recipe.Artifact(p, "the program the CMD/ENTRYPOINT runs")));
        return out;
    }

    private static boolean covered(List<Recipe.Artifact> artifacts, String path) {
        return artifacts.stream().anyMatch(a -> path.equals(a.path()) || path.startsWith(a.path() + "/"));
    }

    private String copies(List<Recipe.Artifact> artifacts, String builder, String nl) {
        StringBuilder sb = new StringBuilder();
        for (Recipe.Artifact a : artifacts) {
            sb.append("COPY --from=").append(builder).append(' ').append(a.path()).append(' ').append(a.path()).append(nl);
        }
        return sb.toString();
    }

    private String packagesRun(boolean apk, Set<String> pkgs, String nl) {
        String list = String.join(" ", pkgs);
        if (apk) return "RUN apk add --no-cache " + list + nl;
        return "RUN apt-get update && apt-get install -y --no-install-recommends " + list + " \\" + nl
                + "    && rm -rf /var/lib/apt/lists/*" + nl;
    }

    static boolean shellless(String image) {
        return image.contains("distroless") || image.equals("scratch");
    }

    /** Why the runtime needs a shell, or null. */
    private String shellNeed(Set<String> runtimePkgs) {
        if (!runtimePkgs.isEmpty()) return "the runtime needs OS packages (" + String.join(" ", runtimePkgs) + ")";
        for (Instruction i : ins) {
            Category c = MultiStagePass.category(i);
            if (i.keyword() == Keyword.RUN && c == Category.BOTH) return "line " + src.firstLine(i) + " creates a user with a shell command";
            if (i.keyword() == Keyword.HEALTHCHECK && !Source.command(i).trim().toUpperCase().startsWith("NONE")) {
                return "the HEALTHCHECK runs a command";
            }
            if ((i.keyword() == Keyword.CMD || i.keyword() == Keyword.ENTRYPOINT) && !i.json()
                    && !Source.command(i).trim().matches(SIMPLE_WORDS)) {
                return "line " + src.firstLine(i) + " needs a shell to run";
            }
        }
        if (facts.entryWords().stream().findFirst().filter(w -> w.endsWith(".sh")).isPresent()) return "the entry point is a shell script";
        return null;
    }

    /** A shell-form CMD/ENTRYPOINT of plain words rewritten in exec form (no shell in the runtime image). */
    private String execForm(Instruction i) {
        if ((i.keyword() != Keyword.CMD && i.keyword() != Keyword.ENTRYPOINT) || i.json() || i.args().isEmpty()) return src.block(i);
        String json = List.of(Source.command(i).trim().split("\\s+")).stream().map(w -> "\"" + w + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        warnings.add("Line " + src.firstLine(i) + " is written in exec form " + json + " because the runtime image has no shell.");
        String block = src.block(i);
        int rel = i.args().get(0).span().start() - src.blockStart(i);
        int relEnd = i.span().end() - src.blockStart(i);
        return block.substring(0, rel) + json + block.substring(relEnd);
    }
}

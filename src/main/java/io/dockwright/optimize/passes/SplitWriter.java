package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.commands.FileWrite;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.facts.ImageFacts;
import io.dockwright.optimize.passes.MultiStagePass.Category;
import io.dockwright.optimize.recipes.Recipe;
import io.dockwright.optimize.recipes.StageFacts;
import io.dockwright.stages.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the builder (the original stage, edited by spans) and the new runtime stage after it. */
final class SplitWriter {
    private static final String RUNTIME_ARG = "RUNTIME_IMAGE";

    private final Source src;
    private final StageFacts facts;
    private final Stage stage;
    private final Recipe.Plan plan;
    private final RuntimeBaseTable.Mapping mapping;
    private final RuntimeBaseTable table;
    private final List<Instruction> ins;
    private final String nl;
    private final String builder;
    private final List<String> warnings = new ArrayList<>();
    private final List<Pass.Fate> fates = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final TextEdits edits = new TextEdits();

    SplitWriter(Source src, StageFacts facts, Stage stage, Recipe.Plan plan, RuntimeBaseTable.Mapping mapping,
                RuntimeBaseTable table) {
        this.src = src;
        this.facts = facts;
        this.stage = stage;
        this.plan = plan;
        this.mapping = mapping;
        this.table = table;
        this.ins = facts.instructions;
        this.nl = src.nl;
        this.builder = facts.builderName;
    }

    Pass.Output write() {
        RuntimeChoice runtime = RuntimeChoice.of(facts, plan.runtimeBase() != null ? plan.runtimeBase() : mapping.runtime(), table);
        if (runtime.shellSwitch() != null) warnings.add(runtime.shellSwitch());
        List<Recipe.Artifact> artifacts = baseArtifacts();
        List<RunCarry> carries = new RuntimeCarrier(facts, runtime.shell(), artifacts).carries();
        Optional<String> explicitWorkdir = explicitWorkdir(runtime.image());
        String runtimeFrom = runtimeFrom(runtime.image());
        editBuilder();
        appendToFile(runtimeStage(runtime, runtimeFrom, explicitWorkdir, artifacts, carries));
        describeSplit(runtime, artifacts, carries, explicitWorkdir);
        changes.addAll(plan.notes());
        warnings.addAll(plan.warnings());
        return new Pass.Output(edits.apply(src.text), changes, warnings, fates);
    }

    // ---- the builder -------------------------------------------------------------------------------------------

    /** The builder's name, the recipe's prelude after its FROM and the recipe's edits inside its instructions. */
    private void editBuilder() {
        Instruction from = ins.get(0);
        if (stage.name() == null) edits.insert(from.args().get(0).span().end(), " AS " + builder);
        int afterFrom = src.blockEnd(from);
        String pre = plan.builderPrelude();
        if (!pre.isEmpty()) edits.insert(afterFrom, (src.text.charAt(afterFrom - 1) == '\n' ? "" : nl) + pre);
        for (Recipe.Insert i : plan.inserts()) edits.insert(i.offset(), i.text());
        fates.add(new Pass.Fate(src.firstLine(from), "kept as the builder stage's FROM", MultiStagePass.ID));
    }

    /** The runtime stage's FROM image: the mapping, or a global build argument when the builder's base is one. */
    private String runtimeFrom(String image) {
        String raw = ins.get(0).args().get(0).value();
        if (SameBaseRuntime.same(mapping, stage.base(), image)) return raw; // the same image again, build argument and all
        if (!raw.contains("$") || table.lookup(raw).isPresent()) return image;
        String name = RUNTIME_ARG;
        while (declared(name)) name = "DOCKWRIGHT_" + name;
        int at = src.blockStart(ins.get(0));
        edits.insert(at, "# Dockwright: the runtime base is a build argument like the builder's (" + raw + "); pass both when you change it" + nl
                + "ARG " + name + "=" + image + nl);
        changes.add(new Change("runtime-base-arg", ChangeKind.RUNTIME_BASE, "Runtime base kept a build argument",
                "The builder's base is " + raw + " (" + stage.base() + " with the current arguments), so the runtime base is not hard-coded"
                        + " either: ARG " + name + " defaults to " + image + ", the runtime image of " + stage.base() + ".",
                List.of(src.lines(ins.get(0))), "--build-arg " + name + "=IMAGE chooses another runtime base, as the builder's argument does."));
        return "${" + name + "}";
    }

    private boolean declared(String arg) {
        return src.df.instructions().stream().anyMatch(i -> i.keyword() == Keyword.ARG
                && i.args().stream().anyMatch(w -> w.value().equals(arg) || w.value().startsWith(arg + "=")));
    }

    // ---- the runtime stage -------------------------------------------------------------------------------------

    private String runtimeStage(RuntimeChoice runtime, String from, Optional<String> workdir, List<Recipe.Artifact> artifacts,
                                List<RunCarry> carries) {
        StringBuilder rt = new StringBuilder();
        rt.append(plan.extraStages())
                .append("# Dockwright: runtime stage, only what the ").append(plan.stack()).append(" app needs to run").append(nl)
                .append("FROM ").append(from).append(nl);
        workdir.ifPresent(w -> rt.append("WORKDIR ").append(w).append(nl));
        rt.append(runtime.packagesRun(nl)).append(plan.runtimePrelude());
        carryInstructions(rt, artifacts, carries, !runtime.shell());
        return rt.toString();
    }

    /**
     * The original instructions in order: runtime settings repeated or moved, each RUN's user commands repeated where
     * it stood; the artifacts copied before the first instruction that only the runtime has (USER, CMD...), and the
     * repeated file commands of earlier RUNs right after them.
     */
    private void carryInstructions(StringBuilder rt, List<Recipe.Artifact> artifacts, List<RunCarry> carries, boolean execForm) {
        List<String> pending = new ArrayList<>();
        boolean copied = false;
        for (Instruction i : ins.subList(1, ins.size())) {
            Category c = MultiStagePass.category(i);
            if (c == Category.BUILDER) {
                keepInBuilder(i, carries, rt, pending, copied);
                continue;
            }
            if (!copied && MultiStagePass.runtimeOnly(i.keyword())) {
                copy(rt, artifacts, pending);
                copied = true;
            }
            if (c == Category.MOVE) {
                edits.delete(src.blockStart(i), src.blockEnd(i));
                boolean replaced = plan.entry() != null && facts.entry().filter(e -> e == i).isPresent();
                rt.append(replaced ? plan.entry() : execForm ? execForm(i) : src.block(i));
                fates.add(new Pass.Fate(src.firstLine(i), replaced ? "replaced in the runtime stage by the built program"
                        : "moved to the runtime stage", replaced ? "dev-mode-cmd" : "runtime-config"));
            } else {
                rt.append(src.text(i)).append(nl);
                fates.add(new Pass.Fate(src.firstLine(i), "kept in the builder stage and repeated in the runtime stage", "runtime-config"));
            }
        }
        if (!copied) copy(rt, artifacts, pending);
    }

    private void keepInBuilder(Instruction i, List<RunCarry> carries, StringBuilder rt, List<String> pending, boolean copied) {
        Optional<RunCarry> carry = carries.stream().filter(k -> k.run() == i).findFirst();
        String fate = "kept in the builder stage";
        if (carry.isPresent()) {
            String users = carry.get().userCommands();
            if (!users.isEmpty()) {
                rt.append("RUN ").append(users).append(nl);
                fate += "; its user and group commands repeated in the runtime stage";
            }
            String files = carry.get().repeatCommands();
            if (!files.isEmpty()) {
                if (copied) rt.append("RUN ").append(files).append(nl);
                else pending.add("RUN " + files + nl);
                fate += "; its " + String.join(", ", carry.get().repeats().stream().map(FileWrite::how).distinct().toList())
                        + " run again in the runtime stage";
            }
            if (!carry.get().copies().isEmpty()) fate += "; the files it writes outside the app copied to the runtime stage";
        }
        fates.add(new Pass.Fate(src.firstLine(i), fate, MultiStagePass.ID));
        if (i.keyword() == Keyword.UNKNOWN) warnings.add("Unknown instruction on line " + src.firstLine(i) + " kept in the builder stage.");
    }

    private void copy(StringBuilder rt, List<Recipe.Artifact> artifacts, List<String> pending) {
        for (Recipe.Artifact a : artifacts) {
            rt.append("COPY --from=").append(builder).append(' ').append(a.path()).append(' ').append(a.destination()).append(nl);
        }
        pending.forEach(rt::append);
        pending.clear();
    }

    /** Appends the recipe's last builder lines and the new stages, separated from the builder by one blank line. */
    private void appendToFile(String stages) {
        String builderText = edits.apply(src.text);
        String lead = builderText.endsWith("\n") ? "" : nl;
        String sep = builderText.endsWith(nl + nl) && plan.builderAppend().isEmpty() ? "" : nl;
        edits.insert(src.text.length(), lead + plan.builderAppend() + sep + stages);
    }

    // ---- what the runtime copies -------------------------------------------------------------------------------

    /** The recipe's artifacts, files COPY puts outside the working directories, and the program the entry runs. */
    private List<Recipe.Artifact> baseArtifacts() {
        List<Recipe.Artifact> out = new ArrayList<>(plan.artifacts());
        Set<String> workdirs = new LinkedHashSet<>();
        ins.forEach(i -> workdirs.add(facts.workdirAt(i)));
        for (Instruction i : ins) {
            if ((i.keyword() != Keyword.COPY && i.keyword() != Keyword.ADD) || i.args().size() < 2) continue;
            copyDestination(i).ifPresent(d -> {
                boolean inWorkdir = workdirs.stream().anyMatch(w -> !w.equals("/") && Paths.within(d, w));
                if (!inWorkdir && !covered(out, d) && !d.equals("/") && !plan.builderOnly().contains(d)) out.add(new Recipe.Artifact(d, "put there by line " + src.firstLine(i)));
                if (d.equals("/") && workdirs.size() == 1) warnings.add("Line " + src.firstLine(i) + " copies into /: those files are not copied to the runtime stage.");
            });
        }
        facts.entryExecutablePath().filter(p -> !covered(out, p))
                .ifPresent(p -> out.add(new Recipe.Artifact(p, "the program the CMD/ENTRYPOINT runs")));
        return out;
    }

    /** Where a COPY/ADD of files from the context puts them (the destination, or dest/name for one source into a folder). */
    private Optional<String> copyDestination(Instruction i) {
        String dest = StageFacts.resolve(facts.workdirAt(i), i.args().get(i.args().size() - 1).value());
        List<Word> sources = i.args().subList(0, i.args().size() - 1);
        if (sources.stream().anyMatch(w -> w.value().equals(".") || w.value().equals("./"))) return Optional.empty(); // the sources
        boolean dir = i.args().get(i.args().size() - 1).value().endsWith("/");
        if (dir && sources.size() == 1 && !sources.get(0).value().matches(".*[*?\\[$].*")) {
            dest = StageFacts.resolve(dest, Paths.name(sources.get(0).value()));
        }
        return Optional.of(dest);
    }

    private static boolean covered(List<Recipe.Artifact> artifacts, String path) {
        return artifacts.stream().anyMatch(a -> Paths.within(path, a.destination()) && !a.destination().equals("/"));
    }

    /** The working directory the runtime stage must set when the file sets none and the two bases differ. */
    private Optional<String> explicitWorkdir(String runtimeImage) {
        if (facts.setsWorkdir()) return Optional.empty();
        String builderWd = facts.baseFacts.effectiveWorkingDir();
        String runtimeWd = facts.options.baseImages().of(runtimeImage).map(ImageFacts::effectiveWorkingDir).orElse("/");
        return builderWd.equals(runtimeWd) ? Optional.empty() : Optional.of(builderWd);
    }

    // ---- the change list ---------------------------------------------------------------------------------------

    private void describeSplit(RuntimeChoice runtime, List<Recipe.Artifact> artifacts, List<RunCarry> carries, Optional<String> workdir) {
        LineRange all = new LineRange(stage.line(), stage.endLine());
        String what = artifacts.stream().map(Recipe.Artifact::destination).distinct().collect(Collectors.joining(", "));
        changes.add(new Change(MultiStagePass.ID, ChangeKind.MULTI_STAGE, "Split into builder and runtime stages (" + plan.stack() + ")",
                plan.reason() + ".", List.of(all), "The final image holds the runtime base plus " + what
                + "; the build tools and intermediate files stay in the '" + builder + "' stage."));
        String title = SameBaseRuntime.same(mapping, stage.base(), runtime.image()) ? "Runtime stage on a fresh " + runtime.image()
                : "Runtime stage on " + runtime.image() + " instead of " + stage.base();
        changes.add(new Change("runtime-base", ChangeKind.RUNTIME_BASE, title,
                runtimeBaseReason(runtime.image()), List.of(src.lines(ins.get(0))),
                "The runtime image starts from a smaller base without compilers or headers."));
        describeSettings();
        describePackages(runtime);
        describeUsers(carries, runtime.shell());
        describeFiles(carries);
        workdir.ifPresent(w -> changes.add(new Change("runtime-workdir", ChangeKind.MULTI_STAGE, "Working directory " + w + " set in the runtime stage",
                "The file sets no WORKDIR, so the builder works in its base image's directory " + w + " (" + stage.base()
                        + "), while " + runtime.image() + " starts in " + facts.options.baseImages().of(runtime.image())
                        .map(ImageFacts::effectiveWorkingDir).orElse("/") + "; relative paths of the CMD must resolve as in the builder.",
                List.of(src.lines(ins.get(0))), "The program starts in the same directory as in the original image.")));
    }

    private String runtimeBaseReason(String image) {
        if (plan.runtimeBase() == null && SameBaseRuntime.same(mapping, stage.base(), image)) return mapping.why() + ".";
        if (plan.runtimeBase() == null && image.equals(mapping.runtime())) {
            return "The runtime base table maps '" + mapping.rule() + "' to '" + image + "'" + (mapping.why() == null ? "." : ": " + mapping.why() + ".");
        }
        return "Chosen for this stack: " + image + (plan.runtimeBaseWhy() == null ? "." : " (" + plan.runtimeBaseWhy() + ").");
    }

    private void describeSettings() {
        List<LineRange> cfg = ins.stream().filter(i -> MultiStagePass.category(i) != Category.BUILDER).map(src::lines).toList();
        if (cfg.isEmpty()) return;
        changes.add(new Change("runtime-config", ChangeKind.MULTI_STAGE, "Runtime settings carried to the runtime stage",
                "ENV, ARG, WORKDIR, USER and SHELL apply to both stages; CMD, ENTRYPOINT, EXPOSE, LABEL, VOLUME, "
                        + "HEALTHCHECK and STOPSIGNAL describe the final image only.", cfg,
                "The final image gets the original's start command, environment, user, ports and labels (unverified until both are built and compared)."));
    }

    private void describePackages(RuntimeChoice runtime) {
        if (runtime.packageLines().isEmpty()) return;
        changes.add(new Change("runtime-packages", ChangeKind.MULTI_STAGE, "OS packages split between builder and runtime",
                "Build-only packages (" + (runtime.buildOnly().isEmpty() ? "none" : String.join(" ", runtime.buildOnly()))
                        + ") stay in the builder; the runtime installs " + (runtime.packages().isEmpty() ? "none" : String.join(" ", runtime.packages()))
                        + " (runtime libraries of -dev packages from Debian " + "bookworm's package metadata).",
                runtime.packageLines(), "Compilers and headers are not in the final image."));
    }

    private void describeUsers(List<RunCarry> carries, boolean shell) {
        List<RunCarry> withUsers = carries.stream().filter(c -> !c.accounts().isEmpty()).toList();
        if (withUsers.isEmpty()) return;
        String names = withUsers.stream().flatMap(c -> c.accounts().stream()).map(a -> (a.group() ? "group " : "user ") + a.name())
                .distinct().collect(Collectors.joining(", "));
        String how = shell ? "only their useradd/groupadd commands run again in the runtime stage, not the rest of the RUN"
                + " (no package installs or compilers)" : "the runtime image has no shell, so /etc/passwd and /etc/group (and created home"
                + " directories) are copied from the builder";
        changes.add(new Change("runtime-users", ChangeKind.MULTI_STAGE, "Users and groups carried to the runtime stage",
                "Line" + (withUsers.size() > 1 ? "s " : " ") + withUsers.stream().map(c -> String.valueOf(src.firstLine(c.run())))
                        .collect(Collectors.joining(", ")) + " create" + (withUsers.size() > 1 ? "" : "s") + " " + names + "; " + how + ".",
                withUsers.stream().map(c -> src.lines(c.run())).toList(), "The runtime image has the same users and groups as the original."));
    }

    private void describeFiles(List<RunCarry> carries) {
        java.util.Map<String, List<String>> items = new java.util.LinkedHashMap<>();
        List<LineRange> lines = new ArrayList<>();
        for (RunCarry c : carries) {
            int line = src.firstLine(c.run());
            c.repeats().forEach(w -> items.computeIfAbsent(w.path() + " (line " + line, k -> new ArrayList<>()).add(w.how() + ": run again"));
            c.copies().stream().filter(w -> w.command() != null)
                    .forEach(w -> items.computeIfAbsent(w.path() + " (line " + line, k -> new ArrayList<>()).add(w.how() + ": copied from the builder"));
            if (!c.repeats().isEmpty() || c.copies().stream().anyMatch(w -> w.command() != null)) lines.add(src.lines(c.run()));
        }
        if (items.isEmpty()) return;
        List<String> described = new ArrayList<>();
        items.forEach((where, hows) -> described.add(where + ", " + String.join(", ", hows.stream().distinct().toList()) + ")"));
        changes.add(new Change("runtime-files", ChangeKind.MULTI_STAGE, "Files written outside the app carried to the runtime stage",
                "These RUN results lie outside what the runtime stage copies: " + String.join("; ", described)
                        + ". Cheap commands without build tools (mkdir, ln, chown, chmod, touch) run again; other writes are copied.",
                lines, "Links, configuration and state directories the build made are in the final image too."));
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

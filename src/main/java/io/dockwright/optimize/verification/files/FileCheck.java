package io.dockwright.optimize.verification.files;

import io.dockwright.compare.ComparisonFormatter;
import io.dockwright.engine.containers.FileContent;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import io.dockwright.optimize.verification.checks.Passwd;
import io.dockwright.optimize.verification.files.PathChange.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files the original's runtime can reach ({@link ReachablePaths}: WORKDIR, ENTRYPOINT/CMD targets, PATH
 * directories, paths ENV points to, {@code /etc}, VOLUMEs, the user's home, and where symlinks there lead) must be
 * in the rewrite unchanged. For each such path missing or changed in the rewrite:
 * <ul>
 *   <li>one of the rewrite's listed changes covers it ({@code Intended("files", PREFIX, reason)}): intended;</li>
 *   <li>the original's base image wrote it, and the rewrite runs on another base: a note, grouped per root (the
 *       change of runtime base explains it; a command that needs it fails the default command or a probe);</li>
 *   <li>otherwise (the original's Dockerfile wrote it, or who did is not known): an unexplained difference naming
 *       the path and the Dockerfile line that wrote it.</li>
 * </ul>
 * Paths only in the rewrite are one note; differences outside the reachable places (build-only content) are
 * counted, not listed. Where the differences come from is a {@link FileDifferences} (the image contents package).
 */
public final class FileCheck implements Check {
    public static final String ID = "files";
    /** Differences listed one by one; the rest are one finding. */
    static final int MAX_LISTED = 20;
    private static final int NAMES_SHOWN = 8;
    private final FileDifferences source;
    private final boolean multiStage;

    /**
     * @param multiStage the rewrite is multi-stage (copies from a build stage): build inputs only in the original
     *                   ({@link PathChange#leftBehind()}) are then intended, not differences
     */
    public FileCheck(FileDifferences source, boolean multiStage) {
        this.source = source;
        this.multiStage = multiStage;
    }

    /** Whether {@code dockerfile}'s text copies from a stage ({@code COPY --from=}), as the optimizer's rewrites do. */
    public static boolean multiStage(String dockerfile) {
        return dockerfile != null && MULTI_STAGE.matcher(dockerfile).find();
    }

    private static final java.util.regex.Pattern MULTI_STAGE = java.util.regex.Pattern.compile("(?im)^\\s*COPY\\s+(--\\S+\\s+)*--from=");

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Files the runtime can reach"; }

    @Override
    public CheckResult run(CheckContext ctx) throws Exception {
        ctx.progress("reading the files of both images");
        FileDifferences.Diff diff = source.between(ctx.request().originalImage(), ctx.request().optimizedImage(), ctx.cancel());
        if (ctx.cancel().isCancelled()) return CheckResult.notChecked(ID, title(), "cancelled", diff.ran(), 0);
        return compare(ctx, diff, home(ctx));
    }

    /** The home of the account the original runs as: its HOME, else its /etc/passwd entry; null when neither says. */
    private static String home(CheckContext ctx) throws Exception {
        String env = ctx.original().env().get("HOME");
        if (env != null && env.startsWith("/")) return env;
        Map<String, FileContent> f = ctx.runner().readFiles(ctx.request().originalImage(), List.of("/etc/passwd"), 1 << 20);
        return f.containsKey("/etc/passwd") ? Passwd.homeOf(f.get("/etc/passwd").text(), ctx.original().user()) : null;
    }

    /** The result for {@code diff}; {@code home} is the original's user's home, or null. */
    public CheckResult compare(CheckContext ctx, FileDifferences.Diff diff, String home) {
        List<String> configured = ReachablePaths.of(ctx.original(), home);
        List<String> roots = ReachablePaths.withLinks(configured, diff.originalLinks());
        String originalBase = ctx.request().originalBase();
        String optimizedBase = ctx.request().optimizedBase();
        boolean baseChanged = originalBase != null && optimizedBase != null && !originalBase.equals(optimizedBase);
        List<Finding> listed = new ArrayList<>();
        Map<String, List<PathChange>> fromBase = new LinkedHashMap<>();
        List<PathChange> added = new ArrayList<>();
        int outside = 0;
        for (PathChange c : diff.changes()) {
            String root = ReachablePaths.through(c.path(), state(c).directory(), roots);
            if (root == null) {
                outside++;
            } else if (c.side() == Side.ONLY_OPTIMIZED) {
                added.add(c);
            } else if (c.writer().base() && baseChanged) {
                String group = ReachablePaths.through(c.path(), state(c).directory(), configured);
                fromBase.computeIfAbsent(group != null ? group : root, r -> new ArrayList<>()).add(c);
            } else if (multiStage && !c.leftBehind().isEmpty() && c.writer().provenance() == PathChange.Writer.Provenance.OWN) {
                listed.add(new Finding(Finding.Kind.INTENDED, c.path(), describe(c.original()), "(missing)",
                        c.leftBehind() + "; written by " + c.writer().describe()));
            } else {
                listed.add(finding(ctx, c));
            }
        }
        List<Finding> out = capped(listed);
        if (listed.stream().anyMatch(Finding::fails) && !diff.missingPackages().isEmpty()) {
            out.add(Finding.note("packages only in the original", shownPackages(diff.missingPackages()), "(missing)",
                    "installed packages the rewrite lacks; a missing path above may be one of theirs"));
        }
        fromBase.forEach((root, changes) -> out.add(baseNote(root, changes, originalBase, optimizedBase)));
        if (!added.isEmpty()) {
            out.add(Finding.note("paths added", "(missing)", names(added), added.size() + " reachable paths only in the rewrite"));
        }
        String compared = "type, size, mode, owner, link target and content of the paths under " + shown(configured)
                + (roots.size() > configured.size() ? " and " + (roots.size() - configured.size()) + " places symlinks there lead to" : "");
        return CheckResult.compared(ID, title(), summary(out, roots.size(), outside), diff.ran(), compared, 0, out);
    }

    /** The side that has the path (the original's, unless only the rewrite has it). */
    private static PathChange.State state(PathChange c) {
        return c.original() != null ? c.original() : c.optimized();
    }

    private static Finding finding(CheckContext ctx, PathChange c) {
        String optimized = c.side() == Side.ONLY_ORIGINAL ? "(missing)" : describe(c.optimized());
        Finding f = ctx.difference(ID, c.path(), describe(c.original()), optimized);
        if (!f.fails()) return f;
        String changed = c.aspects().isEmpty() ? "" : "; changed: " + c.aspects().stream()
                .map(a -> a.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new Finding(f.kind(), f.subject(), f.original(), f.optimized(), "written by " + c.writer().describe() + changed);
    }

    /** The first {@link #MAX_LISTED} differences, the rest as one; intended ones always listed. */
    private static List<Finding> capped(List<Finding> listed) {
        List<Finding> differences = listed.stream().filter(Finding::fails).toList();
        List<Finding> out = new ArrayList<>(listed.stream().filter(f -> !f.fails()).toList());
        out.addAll(0, differences.subList(0, Math.min(MAX_LISTED, differences.size())));
        if (differences.size() > MAX_LISTED) {
            List<Finding> rest = differences.subList(MAX_LISTED, differences.size());
            out.add(MAX_LISTED, Finding.difference(rest.size() + " more paths", rest.stream().map(Finding::subject)
                    .limit(NAMES_SHOWN).collect(Collectors.joining(", ")) + (rest.size() > NAMES_SHOWN ? ", ..." : ""), "(missing or changed)"));
        }
        return out;
    }

    private static Finding baseNote(String root, List<PathChange> changes, String originalBase, String optimizedBase) {
        long bytes = changes.stream().mapToLong(c -> c.original().bytes()).sum();
        long missing = changes.stream().filter(c -> c.side() == Side.ONLY_ORIGINAL).count();
        String what = missing == changes.size() ? "missing" : missing == 0 ? "changed" : missing + " missing, the rest changed";
        return Finding.note("base image paths under " + root, changes.size() + " paths, " + ComparisonFormatter.human(bytes)
                + ": " + names(changes), what, "they come with the original's base image " + originalBase
                + ", not its Dockerfile; the rewrite runs on " + optimizedBase);
    }

    private static String shownPackages(List<String> packages) {
        return String.join(", ", packages.subList(0, Math.min(NAMES_SHOWN, packages.size())))
                + (packages.size() > NAMES_SHOWN ? ", ... (" + (packages.size() - NAMES_SHOWN) + " more)" : "");
    }

    private static String names(List<PathChange> changes) {
        return changes.stream().map(PathChange::path).limit(NAMES_SHOWN).collect(Collectors.joining(", "))
                + (changes.size() > NAMES_SHOWN ? ", ... (" + (changes.size() - NAMES_SHOWN) + " more)" : "");
    }

    /** E.g. {@code file, 1.2 kB, mode 0755, owner 0:0} or {@code directory of 31 paths, 4.1 MB} or {@code symlink to /x}. */
    static String describe(PathChange.State s) {
        if (s.type().equals("symlink")) return "symlink to " + s.link();
        String size = s.directory() ? "directory of " + s.paths() + " paths, " + ComparisonFormatter.human(s.bytes())
                : s.type() + ", " + ComparisonFormatter.human(s.bytes());
        return String.format(Locale.ROOT, "%s, mode %04o, owner %d:%d", size, s.mode() & 07777, s.uid(), s.gid());
    }

    private static String shown(List<String> roots) {
        return roots.size() <= 12 ? String.join(", ", roots)
                : String.join(", ", roots.subList(0, 12)) + " and " + (roots.size() - 12) + " more";
    }

    private static String summary(List<Finding> findings, int roots, int outside) {
        String elsewhere = outside == 0 ? "" : "; " + outside + " differing paths elsewhere (not reachable) not counted";
        List<String> differ = findings.stream().filter(Finding::fails).map(Finding::subject).toList();
        if (!differ.isEmpty()) {
            long paths = differ.stream().mapToLong(FileCheck::pathCount).sum();
            return paths + " reachable paths missing or changed: " + String.join(", ", differ.subList(0, Math.min(3, differ.size())))
                    + (differ.size() > 3 ? ", ..." : "") + elsewhere;
        }
        long notes = findings.stream().filter(f -> f.kind() == Finding.Kind.NOTE).count();
        long intended = findings.stream().filter(f -> f.kind() == Finding.Kind.INTENDED).count();
        return "nothing missing or changed under the " + roots + " places the runtime reaches"
                + (intended == 0 ? "" : " but what the rewrite's changes explain (" + intended + ")")
                + (notes == 0 ? "" : "; " + notes + " notes") + elsewhere;
    }

    /** A listed difference is one path; the "N more paths" finding is N. */
    private static long pathCount(String subject) {
        return !subject.startsWith("/") && subject.endsWith(" more paths") ? Long.parseLong(subject.substring(0, subject.indexOf(' '))) : 1;
    }
}

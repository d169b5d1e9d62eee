package io.dockwright.stages;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.ExpansionException;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.ShellWords;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.instructions.RunMount;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The edges of a stage graph: collected from FROM, COPY --from and RUN --mount, then checked for cycles. */
final class GraphEdges {
    private static final Pattern INDEX = Pattern.compile("[+-]?[0-9]+");

    private final Dockerfile df;
    private final List<Diagnostic> diagnostics;
    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> images = new LinkedHashSet<>();

    GraphEdges(Dockerfile df, List<Diagnostic> diagnostics) {
        this.df = df;
        this.diagnostics = diagnostics;
    }

    void add(Edge e) {
        edges.add(e);
        if (e.isExternal()) images.add(e.fromImage());
    }

    /** In file order (FROM edges are found in a first pass, the others in a second). */
    List<Edge> edges() {
        return edges.stream().sorted(Comparator.comparingInt((Edge e) -> e.span().start())).toList();
    }

    List<String> images() { return List.copyOf(images); }

    /** The stage references of one instruction of stage {@code d}. ONBUILD triggers run elsewhere: skipped. */
    void addReferences(StageGraphBuilder.Draft d, Instruction in, Map<String, Integer> names,
                       List<StageGraphBuilder.Draft> drafts) {
        if (in.keyword() == Keyword.COPY) {
            Flag from = in.flag("from").orElse(null);
            if (from == null || from.value() == null || from.value().isEmpty()) return;
            String value = from.value();
            String expanded;
            try {
                expanded = ShellWords.expand(value, name -> null, df.escape());
            } catch (ExpansionException e) {
                expanded = null;
            }
            if (!value.equals(expanded)) {
                error("from-expansion", "variable expansion is not supported for --from (" + value
                        + "), define a new stage with FROM using ARG from global scope as a workaround", from.span());
                return;
            }
            resolve(d, value, from.span(), EdgeKind.COPY, names, drafts);
        } else if (in.keyword() == Keyword.RUN) {
            for (Flag mount : in.flags("mount")) {
                RunMount spec;
                try {
                    spec = RunMount.parse(mount.value() == null ? "" : mount.value());
                } catch (IllegalArgumentException e) {
                    continue; // the parser reports it
                }
                if (spec.from() != null) resolve(d, spec.from(), mount.span(), EdgeKind.MOUNT, names, drafts);
            }
        }
    }

    private void resolve(StageGraphBuilder.Draft d, String ref, Span span, EdgeKind kind, Map<String, Integer> names,
                         List<StageGraphBuilder.Draft> drafts) {
        Integer index = null;
        if (INDEX.matcher(ref).matches()) {
            try {
                index = Integer.parseInt(ref);
            } catch (NumberFormatException tooLong) {
                index = -1;
            }
            if (index < 0 || index >= drafts.size()) {
                error("invalid-stage-index", "invalid stage index " + ref + " (the file has " + drafts.size()
                        + " stage" + (drafts.size() == 1 ? "" : "s") + ")", span);
                return;
            }
        } else {
            index = names.get(ref.toLowerCase(Locale.ROOT));
        }
        if (index != null) {
            String label = drafts.get(index).name != null ? "\"" + drafts.get(index).name + "\"" : Integer.toString(index);
            if (index == d.index) {
                error("self-reference", "stage " + label + " refers to itself (circular dependency)", span);
                return;
            }
            if (index > d.index) {
                error("later-stage", "stage " + label + " is defined later (line " + line(drafts.get(index).from.span())
                        + "): BuildKit builds it first, the classic builder looks for an image named " + ref, span);
            }
            add(new Edge(index, null, d.index, kind, line(span), span));
            return;
        }
        if (ref.equals(StageGraphBuilder.SCRATCH)) return;
        String problem = ImageReference.problem(ref);
        if (problem != null) {
            error("invalid-image", ref + " is neither a stage of this Dockerfile nor a valid image reference: " + problem, span);
            return;
        }
        boolean bareName = ref.indexOf(':') < 0 && ref.indexOf('/') < 0 && ref.indexOf('@') < 0;
        String near = bareName ? nearestName(ref, names.keySet()) : null;
        if (near != null) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "unknown-stage", "\"" + ref + "\" is not a stage (did you mean \""
                    + near + "\"?): Docker will use it as an image", span));
        }
        add(new Edge(null, ref, d.index, kind, line(span), span));
    }

    /** Reports every stage edge that closes a cycle (only edges to a later stage can). */
    void checkCycles(List<StageGraphBuilder.Draft> drafts) {
        for (Edge e : edges) {
            if (e.isExternal() || e.fromStage() < e.to()) continue;
            boolean[] reach = closure(drafts.size(), e.fromStage());
            if (reach[e.to()]) {
                error("cycle", "circular dependency: stage " + label(drafts, e.to()) + " needs stage "
                        + label(drafts, e.fromStage()) + ", which needs stage " + label(drafts, e.to()), e.span());
            }
        }
    }

    /** The stages {@code target} needs, itself included (all false when there is no target). */
    boolean[] needed(int stageCount, int target) {
        return target < 0 ? new boolean[stageCount] : closure(stageCount, target);
    }

    private boolean[] closure(int stageCount, int start) {
        List<List<Integer>> deps = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) deps.add(new ArrayList<>());
        for (Edge e : edges) {
            if (!e.isExternal()) deps.get(e.to()).add(e.fromStage());
        }
        boolean[] seen = new boolean[stageCount];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            for (int dep : deps.get(queue.poll())) {
                if (!seen[dep]) {
                    seen[dep] = true;
                    queue.add(dep);
                }
            }
        }
        return seen;
    }

    private static String label(List<StageGraphBuilder.Draft> drafts, int index) {
        String name = drafts.get(index).name;
        return name != null ? "\"" + name + "\"" : Integer.toString(index);
    }

    /** A stage name within two edits of {@code ref} (a likely typo), or null. */
    static String nearestName(String ref, Set<String> stageNames) {
        String lower = ref.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String name : stageNames) {
            int dist = distance(lower, name);
            if (dist < bestDistance && dist < Math.max(2, name.length() / 2)) {
                best = name;
                bestDistance = dist;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private int line(Span span) {
        return df.position(span.start()).line();
    }

    private void error(String code, String message, Span span) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, message, span));
    }
}

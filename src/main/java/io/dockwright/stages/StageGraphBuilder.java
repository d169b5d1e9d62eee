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
import io.dockwright.dockerfile.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the {@link StageGraph} of a parsed Dockerfile the way BuildKit resolves it: {@code FROM} expanded
 * with the global ARGs and matched against the names of earlier stages; {@code COPY --from} and
 * {@code RUN --mount=from=} matched against stage indexes and (case-insensitive) names of the whole file,
 * anything else being an image; the target and the stages it needs. Never throws on bad input: problems
 * become diagnostics.
 *
 * <p>Diagnostic codes (errors unless noted): {@code duplicate-stage}, {@code expansion}, {@code empty-base},
 * {@code invalid-image}, {@code empty-platform}, {@code from-expansion} (variables in {@code COPY --from}),
 * {@code invalid-stage-index}, {@code self-reference}, {@code later-stage} (BuildKit accepts it, the classic
 * builder does not; the edge is kept), {@code cycle}, {@code unknown-target}, and the warning
 * {@code unknown-stage} (a {@code --from} that looks like a misspelt stage name). What BuildKit checks when it
 * reads the instructions (a missing FROM, FROM's arguments and stage name, RUN's mounts) is the parser's
 * ({@link io.dockwright.dockerfile.instructions.InstructionChecks}); the graph skips such parts silently.
 */
public final class StageGraphBuilder {
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
    static final String SCRATCH = "scratch";

    private final Dockerfile df;
    private final GraphOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    /** Lowercase stage name to index; later definitions of a duplicate name win, as in BuildKit. */
    private final Map<String, Integer> names = new HashMap<>();
    private final GraphEdges edges;

    /** A stage while it is being resolved. */
    static final class Draft {
        final int index;
        final Instruction from;
        final List<Instruction> body = new ArrayList<>();
        String name;
        String base;
        Integer baseStage;
        String platform;

        Draft(int index, Instruction from) {
            this.index = index;
            this.from = from;
        }
    }

    private StageGraphBuilder(Dockerfile df, GraphOptions options) {
        this.df = df;
        this.options = options;
        this.edges = new GraphEdges(df, diagnostics);
    }

    public static StageGraph build(Dockerfile df, GraphOptions options) {
        return new StageGraphBuilder(df, options == null ? GraphOptions.DEFAULT : options).run();
    }

    private StageGraph run() {
        List<Instruction> all = df.instructions();
        int firstFrom = 0;
        while (firstFrom < all.size() && all.get(firstFrom).keyword() != Keyword.FROM) firstFrom++;
        List<Instruction> preamble = all.subList(0, firstFrom);
        if (firstFrom == all.size()) return new StageGraph(List.of(), List.of(), List.of(), -1, List.of());
        Map<String, String> globals = GlobalArgs.resolve(preamble, options.buildArgs(), df.escape(), diagnostics);
        for (Instruction in : all.subList(firstFrom, all.size())) {
            if (in.keyword() == Keyword.FROM) {
                Draft d = new Draft(drafts.size(), in);
                drafts.add(d);
                resolveFrom(d, globals);
            } else {
                drafts.get(drafts.size() - 1).body.add(in);
            }
        }
        for (Draft d : drafts) {
            for (Instruction in : d.body) edges.addReferences(d, in, names, drafts);
        }
        edges.checkCycles(drafts);
        int target = resolveTarget();
        boolean[] needed = edges.needed(drafts.size(), target);
        List<Stage> stages = new ArrayList<>();
        for (Draft d : drafts) stages.add(toStage(d, needed[d.index]));
        return new StageGraph(List.copyOf(stages), edges.edges(), edges.images(), target, List.copyOf(diagnostics));
    }

    private void resolveFrom(Draft d, Map<String, String> globals) {
        Instruction in = d.from;
        List<Word> args = in.args();
        boolean named = args.size() == 3 && args.get(1).value().equalsIgnoreCase("as");
        if (named) {
            Word nameWord = args.get(2);
            String name = nameWord.value().toLowerCase(Locale.ROOT);
            if (STAGE_NAME.matcher(name).matches()) {
                Integer previous = names.get(name);
                if (previous != null) {
                    error("duplicate-stage", "duplicate stage name \"" + name + "\": stage " + previous
                            + " on line " + line(drafts.get(previous).from.span()) + " has it already", nameWord.span());
                }
                d.name = name;
            }
        }
        in.flag("platform").ifPresent(f -> d.platform = expandFlag(f, globals));
        if (!args.isEmpty()) resolveBase(d, args.get(0), globals);
        if (d.name != null) names.put(d.name, d.index);
    }

    private void resolveBase(Draft d, Word word, Map<String, String> globals) {
        String base;
        try {
            base = ShellWords.expand(word.value(), globals::get, df.escape());
        } catch (ExpansionException e) {
            error("expansion", "FROM " + word.value() + ": " + e.getMessage(), GlobalArgs.at(word.span(), e.offset()));
            return;
        }
        if (base.isEmpty()) {
            error("empty-base", "base name (" + word.value() + ") should not be blank", word.span());
            return;
        }
        Integer stage = names.get(base); // FROM matches earlier stage names exactly (they are lowercase)
        if (stage != null) {
            d.baseStage = stage;
            edges.add(new Edge(stage, null, d.index, EdgeKind.FROM, line(word.span()), word.span()));
            return;
        }
        d.base = base;
        if (base.equals(SCRATCH)) return;
        String problem = ImageReference.problem(base);
        if (problem != null) {
            Integer caseless = names.get(base.toLowerCase(Locale.ROOT));
            String hint = caseless == null ? "" : " (stage references in FROM are case-sensitive: write \""
                    + base.toLowerCase(Locale.ROOT) + "\" to use stage " + caseless + ")";
            error("invalid-image", "FROM " + base + ": " + problem + hint, word.span());
            return;
        }
        edges.add(new Edge(null, base, d.index, EdgeKind.FROM, line(word.span()), word.span()));
    }

    private String expandFlag(Flag f, Map<String, String> globals) {
        String raw = f.value() == null ? "" : f.value();
        try {
            String v = ShellWords.expand(raw, globals::get, df.escape());
            if (v.isEmpty()) error("empty-platform", "empty platform value from expression " + raw, f.span());
            return v.isEmpty() ? null : v;
        } catch (ExpansionException e) {
            error("expansion", "--" + f.name() + "=" + raw + ": " + e.getMessage(), f.span());
            return null;
        }
    }

    private int resolveTarget() {
        String wanted = options.target();
        if (wanted == null || wanted.isBlank()) return drafts.size() - 1;
        Integer found = names.get(wanted.toLowerCase(Locale.ROOT));
        if (found == null) {
            List<String> known = drafts.stream().filter(d -> d.name != null).map(d -> d.name).toList();
            error("unknown-target", "target stage \"" + wanted + "\" could not be found"
                    + (known.isEmpty() ? " (no stage has a name)" : " (stages: " + String.join(", ", known) + ")"),
                    new Span(0, 0));
            return -1;
        }
        return found;
    }

    private Stage toStage(Draft d, boolean needed) {
        Instruction last = d.body.isEmpty() ? d.from : d.body.get(d.body.size() - 1);
        int start = d.from.keywordSpan().start();
        int end = Math.max(start, last.span().end());
        int endLine = df.position(Math.max(start, end - 1)).line();
        return new Stage(d.index, d.name, d.base, d.baseStage, d.platform, new Span(start, end),
                df.position(start).line(), endLine, d.body.size() + 1, needed);
    }

    private int line(Span span) {
        return df.position(span.start()).line();
    }

    private void error(String code, String message, Span span) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, message, span));
    }
}

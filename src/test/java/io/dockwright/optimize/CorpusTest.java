package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.corpus.CorpusEntry;
import io.dockwright.optimize.corpus.CorpusReport;
import io.dockwright.optimize.corpus.DeclineReason;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimizer over our own corpus of Dockerfiles in the shapes people have (src/test/resources/corpus/STACK/,
 * issue #15): it never fails, its output parses and keeps the final stage's contract, every file it does not split
 * or change carries one of the decline reasons documented in docs/optimizer.md, and it writes the table of
 * docs/optimizer.md (target/corpus-report.md) with a per-file listing (target/corpus.tsv). The files have no build
 * context (recipes that read Cargo.toml, go.mod or package.json see none). The split rate is reported, not asserted:
 * raising it is the optimizer's work, not this test's.
 */
class CorpusTest {
    static final Path ROOT = Path.of("src", "test", "resources", "corpus");
    private static final List<String> STACKS = List.of("python", "node", "java", "go", "cpp", "php", "ruby", "rust");
    private static final Pattern ARG_BASE = Pattern.compile("(?m)^FROM\\s+(--platform=\\S+\\s+)?\\S*\\$");
    private static final Pattern DOC_REASON = Pattern.compile("(?m)^- `([a-z-]+)`:");
    private static final List<Path> FILES = new ArrayList<>();
    private static final List<CorpusEntry> ENTRIES = new ArrayList<>();
    private static final List<String> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void optimizeEveryFile() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().forEach(FILES::add);
        }
        Optimizer optimizer = new Optimizer();
        for (Path file : FILES) {
            String text = Files.readString(file);
            OptimizationResult result;
            try {
                result = optimizer.optimize(text, null, "Dockerfile", OptimizerOptions.defaults());
            } catch (RuntimeException e) {
                PROBLEMS.add(ROOT.relativize(file) + ": threw " + e);
                continue;
            }
            CorpusEntry entry = CorpusEntry.of(file, text, result);
            ENTRIES.add(entry);
            checkOutput(ROOT.relativize(file).toString(), text, result);
        }
        CorpusReport report = new CorpusReport(ENTRIES);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-report.md"), report.markdown());
        Files.writeString(Path.of("target", "corpus.tsv"), report.tsv());
        System.out.print(report.markdown());
        System.out.printf(Locale.ROOT, "corpus: %d files, single-stage split rate %.0f %% (goal 60 %%), %d splits keep a dev-mode CMD%n",
                ENTRIES.size(), 100 * report.singleStageSplitRate(), report.devCommandSplits().size());
    }

    @Test
    void theCorpusHasTheShapesOfIssue15() {
        assertTrue(FILES.size() >= 150, FILES.size() + " corpus files");
        Map<String, Long> byStack = FILES.stream().collect(Collectors.groupingBy(f -> f.getParent().getFileName().toString(),
                Collectors.counting()));
        assertEquals(new TreeSet<>(STACKS), new TreeSet<>(byStack.keySet()), "one folder per stack");
        byStack.forEach((stack, n) -> assertTrue(n >= 10, stack + " has " + n + " files"));
        List<String> texts = FILES.stream().map(CorpusTest::read).toList();
        assertTrue(ENTRIES.stream().filter(e -> !e.singleStage()).count() >= 20, "multi-stage files");
        assertTrue(ENTRIES.stream().filter(CorpusEntry::singleStage).count() >= 100, "single-stage files");
        assertTrue(texts.stream().filter(t -> t.matches("(?s).*FROM \\S*-slim.*")).count() >= 10, "slim bases");
        assertTrue(texts.stream().filter(t -> t.matches("(?s).*FROM \\S*alpine.*")).count() >= 8, "alpine bases");
        assertTrue(texts.stream().filter(t -> ARG_BASE.matcher(t).find()).count() >= 8, "ARG-parameterised bases");
        assertTrue(texts.stream().filter(t -> t.matches("(?s).*ARG (\\w+)\\s*\\n(?!.*ARG \\1=).*FROM \\$\\{?\\1.*")).count() >= 2,
                "ARG bases without a default");
    }

    @Test
    void theOptimizerNeverFailsAndItsOutputIsSound() {
        assertEquals(FILES.size(), ENTRIES.size());
        assertEquals(List.of(), PROBLEMS, "files whose optimization failed or whose output is unsound");
    }

    @Test
    void everyFileNotSplitOrNotChangedHasADocumentedReason() {
        List<String> undocumented = ENTRIES.stream()
                .filter(e -> (e.singleStage() && e.outcome() != CorpusEntry.Outcome.SPLIT && e.outcome() != CorpusEntry.Outcome.BASE_SWAPPED)
                        || e.outcome() == CorpusEntry.Outcome.DECLINED)
                .filter(e -> e.reason().isEmpty())
                .map(e -> e.stack() + "/" + e.name() + ": " + e.splitMessage()).toList();
        assertEquals(List.of(), undocumented, "reasons that are not in docs/optimizer.md's list");
    }

    @Test
    void theDocsListExactlyTheseDeclineReasons() throws IOException {
        String docs = Files.readString(Path.of("docs", "optimizer.md"));
        int at = docs.indexOf("### Decline reasons");
        assertTrue(at >= 0, "docs/optimizer.md has a 'Decline reasons' section");
        String section = docs.substring(at, docs.indexOf("\n#", at + 5) < 0 ? docs.length() : docs.indexOf("\n#", at + 5));
        Set<String> listed = new TreeSet<>();
        Matcher m = DOC_REASON.matcher(section);
        while (m.find()) listed.add(m.group(1));
        assertEquals(Arrays.stream(DeclineReason.values()).map(DeclineReason::id).collect(Collectors.toCollection(TreeSet::new)),
                listed);
    }

    /** The output parses losslessly with a sound stage graph, accounts for every instruction and keeps the final stage's contract. */
    private static void checkOutput(String where, String original, OptimizationResult r) {
        if (!r.changed()) {
            if (r.unchangedReason() == null) PROBLEMS.add(where + ": unchanged without a reason");
            else if (r.unchangedReason().startsWith("the optimizer failed")) PROBLEMS.add(where + ": " + r.unchangedReason());
            return;
        }
        Dockerfile out = DockerfileParser.parse(r.text());
        if (out.hasErrors()) PROBLEMS.add(where + ": output does not parse: " + out.diagnostics());
        if (!out.print().equals(r.text())) PROBLEMS.add(where + ": output does not round-trip through the lossless tree");
        if (StageGraphBuilder.build(out, GraphOptions.DEFAULT).hasErrors()) PROBLEMS.add(where + ": output's stage graph has errors");
        Dockerfile in = DockerfileParser.parse(original);
        if (r.accounting().size() != in.instructions().size()) PROBLEMS.add(where + ": accounting covers "
                + r.accounting().size() + " of " + in.instructions().size() + " instructions");
        if (r.accounting().stream().anyMatch(a -> a.fate().equals("unaccounted"))) PROBLEMS.add(where + ": unaccounted instructions");
        checkCopyFrom(where, out);
        checkFinalStage(where, in, out);
    }

    /** COPY --from names an earlier stage (by name or index) or an image reference. */
    private static void checkCopyFrom(String where, Dockerfile out) {
        Set<String> stages = new HashSet<>();
        int index = 0;
        for (Instruction i : out.instructions()) {
            if (i.keyword() == Keyword.FROM) {
                stages.add(Integer.toString(index++));
                List<Word> a = i.args();
                if (a.size() >= 3 && a.get(1).value().equalsIgnoreCase("AS")) stages.add(a.get(2).value().toLowerCase(Locale.ROOT));
            }
            if (i.keyword() != Keyword.COPY) continue;
            for (Flag f : i.flags("from")) {
                String v = f.value().toLowerCase(Locale.ROOT);
                boolean image = v.contains(":") || v.contains("/") || v.contains("$");
                if (!image && !stages.contains(v)) PROBLEMS.add(where + ": COPY --from=" + f.value() + " names no earlier stage");
            }
        }
    }

    /** The final stage still has the original's CMD/ENTRYPOINT (some form), USER and EXPOSE ports. */
    private static void checkFinalStage(String where, Dockerfile in, Dockerfile out) {
        List<Instruction> before = finalStage(in), after = finalStage(out);
        for (Keyword k : List.of(Keyword.CMD, Keyword.ENTRYPOINT)) {
            if (has(before, k) && !has(after, k)) PROBLEMS.add(where + ": the final stage lost its " + k);
        }
        String userBefore = last(before, Keyword.USER), userAfter = last(after, Keyword.USER);
        if (userBefore != null && !userBefore.equals(userAfter)) PROBLEMS.add(where + ": final USER " + userBefore + " became " + userAfter);
        if (!words(before, Keyword.EXPOSE).equals(words(after, Keyword.EXPOSE))) PROBLEMS.add(where + ": EXPOSE changed");
    }

    private static List<Instruction> finalStage(Dockerfile df) {
        List<Instruction> all = df.instructions();
        int lastFrom = 0;
        for (int i = 0; i < all.size(); i++) if (all.get(i).keyword() == Keyword.FROM) lastFrom = i;
        return all.subList(lastFrom, all.size());
    }

    private static boolean has(List<Instruction> stage, Keyword k) {
        return stage.stream().anyMatch(i -> i.keyword() == k);
    }

    private static String last(List<Instruction> stage, Keyword k) {
        String v = null;
        for (Instruction i : stage) if (i.keyword() == k) v = i.args().stream().map(Word::value).collect(Collectors.joining(" "));
        return v;
    }

    private static Set<String> words(List<Instruction> stage, Keyword k) {
        return stage.stream().filter(i -> i.keyword() == k).flatMap(i -> i.args().stream()).map(Word::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

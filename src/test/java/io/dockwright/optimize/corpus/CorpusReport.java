package io.dockwright.optimize.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The corpus table of docs/optimizer.md (Markdown) and a per-file listing (TSV), from the entries. */
public final class CorpusReport {
    private static final List<String> STACK_ORDER = List.of("python", "node", "java", "go", "cpp", "php", "ruby", "rust");
    private final List<CorpusEntry> entries;

    public CorpusReport(List<CorpusEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing((CorpusEntry e) -> stackRank(e.stack()))
                .thenComparing(CorpusEntry::name)).toList();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| stack | files | single-stage | single split | of which keep a dev-mode CMD | single polished"
                + " | single base swapped | single declined | single split rate | without dev-mode CMD splits | multi-stage"
                + " | multi improved | multi declined |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String stack : stacks()) row(md, stack, e -> e.stack().equals(stack));
        row(md, "**all**", e -> true);
        md.append("\nSplits that keep a development-mode CMD on the runtime stage: ").append(devCommandSplits().stream()
                .map(e -> e.stack() + "/" + e.name()).collect(Collectors.joining(", "))).append(".\n");
        md.append("\nWhy single-stage files were not split (documented reason ids, most frequent first):\n\n");
        md.append("| reason | files | stacks |\n|---|---|---|\n");
        Map<String, List<CorpusEntry>> byReason = entries.stream().filter(CorpusEntry::singleStage)
                .filter(e -> e.outcome() != CorpusEntry.Outcome.SPLIT && e.outcome() != CorpusEntry.Outcome.BASE_SWAPPED)
                .collect(Collectors.groupingBy(e -> e.reason().map(DeclineReason::id).orElse("UNDOCUMENTED"), TreeMap::new,
                        Collectors.toList()));
        byReason.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<CorpusEntry>> x) -> -x.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(x -> md.append("| `").append(x.getKey()).append("` | ").append(x.getValue().size()).append(" | ")
                        .append(stackCounts(x.getValue())).append(" |\n"));
        return md.toString();
    }

    public String tsv() {
        StringBuilder out = new StringBuilder("stack\tfile\tstages\toutcome\treason\tmessage\n");
        // a split that keeps a dev-mode CMD is listed as outcome split-dev-cmd
        for (CorpusEntry e : entries) {
            out.append(e.stack()).append('\t').append(e.name()).append('\t').append(e.stages()).append('\t')
                    .append(e.devCommandKept() ? "split-dev-cmd" : e.outcome().name().toLowerCase(Locale.ROOT)).append('\t')
                    .append(e.reason().map(DeclineReason::id).orElse(e.splitMessage() == null ? "" : "UNDOCUMENTED")).append('\t')
                    .append(Optional.ofNullable(e.splitMessage()).orElse("").replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    private void row(StringBuilder md, String label, Predicate<CorpusEntry> which) {
        List<CorpusEntry> all = entries.stream().filter(which).toList();
        List<CorpusEntry> single = all.stream().filter(CorpusEntry::singleStage).toList();
        List<CorpusEntry> multi = all.stream().filter(e -> !e.singleStage()).toList();
        long split = count(single, CorpusEntry.Outcome.SPLIT);
        long sound = single.stream().filter(CorpusEntry::soundSplit).count();
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %s | %d | %d | %d |%n", label,
                all.size(), single.size(), split, split - sound, count(single, CorpusEntry.Outcome.POLISHED),
                count(single, CorpusEntry.Outcome.BASE_SWAPPED), count(single, CorpusEntry.Outcome.DECLINED),
                percent(split, single.size()), percent(sound, single.size()), multi.size(),
                multi.size() - count(multi, CorpusEntry.Outcome.DECLINED), count(multi, CorpusEntry.Outcome.DECLINED)));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    /** Splits that keep a development-mode command on the runtime stage (a runtime image without the tool). */
    public List<CorpusEntry> devCommandSplits() {
        return entries.stream().filter(CorpusEntry::devCommandKept).toList();
    }

    /** Share of single-stage files that were split, 0..1. */
    public double singleStageSplitRate() {
        List<CorpusEntry> single = entries.stream().filter(CorpusEntry::singleStage).toList();
        return single.isEmpty() ? 0 : (double) count(single, CorpusEntry.Outcome.SPLIT) / single.size();
    }

    private static long count(List<CorpusEntry> list, CorpusEntry.Outcome outcome) {
        return list.stream().filter(e -> e.outcome() == outcome).count();
    }

    private List<String> stacks() {
        List<String> out = new ArrayList<>();
        entries.stream().map(CorpusEntry::stack).distinct().forEach(out::add);
        return out;
    }

    private static String stackCounts(List<CorpusEntry> list) {
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(CorpusEntry::stack, Collectors.counting()));
        return counts.entrySet().stream().sorted(Comparator.comparing(x -> stackRank(x.getKey())))
                .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "));
    }

    private static int stackRank(String stack) {
        int i = STACK_ORDER.indexOf(stack);
        return i < 0 ? STACK_ORDER.size() : i;
    }
}

package io.dockwright.engine.images.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Packages only in A, only in B, and in both at other versions (keyed by manager and name). */
public record PackageDiff(List<Entry> onlyA, List<Entry> onlyB, List<Change> changed) {
    public PackageDiff {
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
        changed = List.copyOf(changed);
    }

    /** One package name: its versions (several installs are joined) and bytes over all its installs. */
    public record Entry(String manager, String name, String version, long bytes) {}

    public record Change(String manager, String name, String versionA, String versionB, long bytesA, long bytesB) {}

    public static PackageDiff of(List<InstalledPackage> a, List<InstalledPackage> b) {
        Map<String, Entry> ea = group(a);
        Map<String, Entry> eb = group(b);
        List<Entry> onlyA = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Map.Entry<String, Entry> e : ea.entrySet()) {
            Entry other = eb.get(e.getKey());
            Entry mine = e.getValue();
            if (other == null) onlyA.add(mine);
            else if (!other.version().equals(mine.version())) {
                changed.add(new Change(mine.manager(), mine.name(), mine.version(), other.version(), mine.bytes(), other.bytes()));
            }
        }
        List<Entry> onlyB = eb.entrySet().stream().filter(e -> !ea.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        Comparator<Entry> big = Comparator.comparingLong(Entry::bytes).reversed().thenComparing(Entry::name);
        onlyA.sort(big);
        List<Entry> sortedB = new ArrayList<>(onlyB);
        sortedB.sort(big);
        return new PackageDiff(onlyA, sortedB, changed);
    }

    private static Map<String, Entry> group(List<InstalledPackage> packages) {
        Map<String, TreeSet<String>> versions = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, InstalledPackage> first = new LinkedHashMap<>();
        for (InstalledPackage p : packages) {
            versions.computeIfAbsent(p.key(), k -> new TreeSet<>()).add(p.version());
            bytes.merge(p.key(), p.bytes(), Long::sum);
            first.putIfAbsent(p.key(), p);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        first.forEach((k, p) -> out.put(k, new Entry(p.manager(), p.name(), String.join(", ", versions.get(k)), bytes.get(k))));
        return out;
    }

    public long onlyABytes() {
        return onlyA.stream().mapToLong(Entry::bytes).sum();
    }

    public long onlyBBytes() {
        return onlyB.stream().mapToLong(Entry::bytes).sum();
    }

    public boolean empty() {
        return onlyA.isEmpty() && onlyB.isEmpty() && changed.isEmpty();
    }
}

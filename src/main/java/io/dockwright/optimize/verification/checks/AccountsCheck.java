package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.FileContent;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares the users and groups of the two images ({@code /etc/passwd} and {@code /etc/group}, read from
 * created, never started containers). What counts: the account the original runs as (its USER) and its group,
 * and the accounts and groups the original's Dockerfile made or changed: those not in its base image, or, when
 * the base is unknown, those with an id of 1000 or more (nobody, 65534, aside). Those missing or changed in the
 * rewrite are differences; the base image's own system accounts missing or changed are notes.
 */
final class AccountsCheck implements Check {
    static final String ID = "accounts";
    private static final long MAX_BYTES = 1 << 20;
    private static final List<String> FILES = List.of("/etc/passwd", "/etc/group");

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Users and groups"; }

    /** One line of /etc/passwd or /etc/group: its name, numeric id, and the fields compared. */
    record Entry(String name, long id, String line, List<String> compared) {
        static Map<String, Entry> parse(String file, boolean passwd) {
            Map<String, Entry> out = new LinkedHashMap<>();
            for (String line : file.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split(":", -1);
                if (f.length < (passwd ? 7 : 4)) continue;
                long id;
                try {
                    id = Long.parseLong(f[2]);
                } catch (NumberFormatException e) {
                    continue;
                }
                List<String> compared = passwd ? List.of(f[2], f[3], f[5], f[6]) : List.of(f[2], f[3]);
                out.putIfAbsent(f[0], new Entry(f[0], id, line, compared));
            }
            return out;
        }

        String show(boolean passwd) {
            return passwd ? name + " (uid " + compared.get(0) + ", gid " + compared.get(1) + ", home " + compared.get(2) + ", shell "
                    + compared.get(3) + ")" : name + " (gid " + compared.get(0) + ", members " + (compared.get(1).isEmpty() ? "none" : compared.get(1)) + ")";
        }
    }

    @Override
    public CheckResult run(CheckContext ctx) throws Exception {
        ctx.progress("reading /etc/passwd and /etc/group of both images");
        Map<String, FileContent> a = ctx.runner().readFiles(ctx.request().originalImage(), FILES, MAX_BYTES);
        Map<String, FileContent> b = ctx.runner().readFiles(ctx.request().optimizedImage(), FILES, MAX_BYTES);
        String base = ctx.originalBase() == null ? null : ctx.request().originalBase();
        Map<String, FileContent> baseFiles = base == null ? null : ctx.runner().readFiles(base, FILES, MAX_BYTES);
        String ran = "read /etc/passwd and /etc/group from created, never started containers of both images"
                + (base == null ? "" : " and of the original's base image " + base);
        return compare(ctx, a, b, baseFiles, ran);
    }

    /** The check's result for the files read ({@code baseFiles} null when the base is unknown). */
    CheckResult compare(CheckContext ctx, Map<String, FileContent> a, Map<String, FileContent> b,
                        Map<String, FileContent> baseFiles, String ran) {
        String compared = "the account the original runs as, and the users and groups its Dockerfile made or changed";
        if (!a.containsKey("/etc/passwd") && !b.containsKey("/etc/passwd")) {
            return CheckResult.compared(ID, title(), "neither image has /etc/passwd", ran, compared, 0, List.of());
        }
        Map<String, Entry> usersA = entries(a, "/etc/passwd", true);
        Map<String, Entry> groupsA = entries(a, "/etc/group", false);
        Entry runAs = runAs(ctx.original().user(), usersA);
        boolean baseKnown = baseFiles != null;
        Set<String> baseUsers = baseKnown ? lines(baseFiles, "/etc/passwd", true) : Set.of();
        Set<String> baseGroups = baseKnown ? lines(baseFiles, "/etc/group", false) : Set.of();
        Predicate<Entry> userCounts = e -> e == runAs || made(e, baseKnown, baseUsers);
        Predicate<Entry> groupCounts = e -> runAs != null && runAs.compared().get(1).equals(String.valueOf(e.id()))
                || made(e, baseKnown, baseGroups);
        List<Finding> out = new ArrayList<>();
        compare(ctx, out, "user", usersA, entries(b, "/etc/passwd", true), true, userCounts);
        compare(ctx, out, "group", groupsA, entries(b, "/etc/group", false), false, groupCounts);
        List<String> differ = out.stream().filter(Finding::fails).map(Finding::subject).toList();
        long made = usersA.values().stream().filter(e -> made(e, baseKnown, baseUsers)).count();
        long madeGroups = groupsA.values().stream().filter(e -> made(e, baseKnown, baseGroups)).count();
        String summary = differ.isEmpty()
                ? "the same account to run as (" + (runAs == null ? ctx.original().user() : runAs.name()) + ") and the same "
                        + made + " users and " + madeGroups + " groups the original's Dockerfile made"
                        + (baseKnown ? "" : " (base unknown: ids of 1000 and more count)")
                : String.join(", ", differ.subList(0, Math.min(4, differ.size()))) + (differ.size() > 4 ? " and more" : "")
                        + (differ.size() == 1 ? " differs" : " differ");
        return CheckResult.compared(ID, title(), summary, ran, compared, 0, out);
    }

    private static boolean made(Entry e, boolean baseKnown, Set<String> baseLines) {
        return baseKnown ? !baseLines.contains(e.line()) : e.id() >= 1000 && e.id() != 65534;
    }

    /** The account of a USER value (name or uid, with an optional group). */
    static Entry runAs(String user, Map<String, Entry> users) {
        String u = user.strip();
        if (u.isEmpty()) u = "root";
        String name = u.contains(":") ? u.substring(0, u.indexOf(':')) : u;
        if (users.containsKey(name)) return users.get(name);
        return users.values().stream().filter(e -> String.valueOf(e.id()).equals(name)).findFirst().orElse(null);
    }

    /**
     * Differences for the accounts that count; notes for the rest: a changed login shell (a container's command does
     * not go through it), the base image's system accounts the rewrite lacks or changes, and accounts it adds,
     * each kind listed once.
     */
    private static void compare(CheckContext ctx, List<Finding> out, String kind, Map<String, Entry> a, Map<String, Entry> b,
                                boolean passwd, Predicate<Entry> counts) {
        List<String> missingSystem = new ArrayList<>();
        for (Entry ea : a.values()) {
            Entry eb = b.get(ea.name());
            if (eb != null && Objects.equals(ea.compared(), eb.compared())) continue;
            String subject = kind + " " + ea.name();
            String shownB = eb == null ? "(missing)" : eb.show(passwd);
            if (eb != null && passwd && ea.compared().subList(0, 3).equals(eb.compared().subList(0, 3))) {
                out.add(Finding.note(subject, ea.show(true), shownB, "only the login shell differs; a container's command does not use it"));
            } else if (counts.test(ea)) {
                out.add(ctx.difference(ID, subject, ea.show(passwd), shownB));
            } else if (eb == null) {
                missingSystem.add(ea.name());
            } else {
                out.add(Finding.note(subject, ea.show(passwd), shownB, "a system " + kind + " of the original's base image"));
            }
        }
        if (!missingSystem.isEmpty()) {
            out.add(Finding.note("system " + kind + "s", String.join(", ", missingSystem), "(missing)", missingSystem.size() + " system "
                    + kind + "s of the original's base image are not in the rewrite"));
        }
        List<String> added = b.keySet().stream().filter(n -> !a.containsKey(n)).toList();
        if (!added.isEmpty()) out.add(Finding.note("added " + kind + "s", "(missing)", String.join(", ", added), "only in the rewrite"));
    }

    private static Map<String, Entry> entries(Map<String, FileContent> files, String path, boolean passwd) {
        FileContent f = files.get(path);
        return f == null ? Map.of() : Entry.parse(f.text(), passwd);
    }

    private static Set<String> lines(Map<String, FileContent> files, String path, boolean passwd) {
        return entries(files, path, passwd).values().stream().map(Entry::line).collect(java.util.stream.Collectors.toSet());
    }
}

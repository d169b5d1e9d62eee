package io.dockwright.ui.prefs;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.stages.ImageReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's rules on top of the bundled runtime-base table: a user rule with the same pattern as a bundled one
 * replaces it in place (an override); any other user rule is an addition and comes before all bundled rules.
 */
public final class RuntimeBaseRules {
    /** The stacks the optimizer has recipes for. */
    public static final List<String> STACKS = List.of("python", "node", "java", "go", "rust", "native", "ruby", "php");
    private static final Pattern CAPTURE = Pattern.compile("\\$(\\d+)");

    private RuntimeBaseRules() {}

    /** A row of the effective table: the rule in use and the bundled rule it stands for (null: a user addition). */
    public record Entry(BaseRule rule, BaseRule bundled) {
        public boolean added() { return bundled == null; }

        public boolean changed() { return bundled != null && !bundled.equals(rule); }
    }

    /**
     * The effective rules in lookup order: the user's additions, then the bundled rules with overrides in place. The
     * bundled table's few regular-expression rules are not listed (the window edits glob rules); they stay in place.
     */
    public static List<Entry> entries(RuntimeBaseTable bundled, List<BaseRule> user) {
        Map<String, BaseRule> byMatch = new HashMap<>();
        user.forEach(r -> byMatch.put(r.match(), r));
        List<Entry> out = new ArrayList<>();
        List<String> bundledMatches = bundled.rules().stream().map(RuntimeBaseTable.Rule::match).toList();
        for (BaseRule r : user) {
            if (!bundledMatches.contains(r.match())) out.add(new Entry(r, null));
        }
        for (RuntimeBaseTable.Rule b : bundled.rules()) {
            if (b.regex()) continue;
            BaseRule original = new BaseRule(b.match(), b.runtime(), b.stack());
            out.add(new Entry(byMatch.getOrDefault(b.match(), original), original));
        }
        return out;
    }

    /** The table the optimizer uses: {@code bundled} with {@code user}'s overrides and additions. */
    public static RuntimeBaseTable effective(RuntimeBaseTable bundled, List<BaseRule> user) {
        Map<String, BaseRule> overrides = new HashMap<>();
        user.forEach(r -> overrides.put(r.match(), r));
        List<RuntimeBaseTable.Rule> out = new ArrayList<>();
        for (Entry e : entries(bundled, user)) if (e.added()) out.add(toRule(e.rule()));
        for (RuntimeBaseTable.Rule b : bundled.rules()) {
            BaseRule mine = b.regex() ? null : overrides.get(b.match());
            if (mine == null) out.add(b); // regex rules and the table's reasons stay as shipped
            else out.add(b.retarget(mine.runtime().isEmpty() ? null : mine.runtime(), mine.stack().isEmpty() ? null : mine.stack()));
        }
        return bundled.withRules(out);
    }

    private static RuntimeBaseTable.Rule toRule(BaseRule r) {
        return RuntimeBaseTable.rule(r.match(), r.runtime().isEmpty() ? null : r.runtime(), r.stack().isEmpty() ? null : r.stack());
    }

    /** What is wrong with each rule, as "Row N: ..." messages (rows counted from 1); empty when all are usable. */
    public static List<String> problems(List<BaseRule> rules) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            String p = problem(rules.get(i));
            Integer first = seen.putIfAbsent(rules.get(i).match(), i + 1);
            if (p == null && first != null) p = "pattern \"" + rules.get(i).match() + "\" is already used in row " + first;
            if (p != null) out.add("Row " + (i + 1) + ": " + p);
        }
        return out;
    }

    /** What is wrong with one rule, or null. */
    public static String problem(BaseRule r) {
        if (r.match().isEmpty()) return "the image pattern is empty";
        String stars = r.match().replace("*", "x");
        String why = ImageReference.problem(stars);
        if (why != null) return "pattern \"" + r.match() + "\" is not an image name (" + why + ")";
        int captures = r.match().length() - r.match().replace("*", "").length();
        if (!r.runtime().isEmpty()) {
            Matcher m = CAPTURE.matcher(r.runtime());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n < 1 || n > captures) {
                    return "runtime \"" + r.runtime() + "\" uses $" + n + " but pattern \"" + r.match() + "\" has "
                            + (captures == 0 ? "no *" : captures == 1 ? "only one *" : "only " + captures + " *");
                }
            }
            why = ImageReference.problem(CAPTURE.matcher(r.runtime()).replaceAll("x"));
            if (why != null) return "runtime \"" + r.runtime() + "\" is not an image name (" + why + ")";
        }
        if (!r.stack().isEmpty() && !STACKS.contains(r.stack())) {
            return "unknown stack \"" + r.stack() + "\" (one of " + String.join(", ", STACKS) + ", or empty)";
        }
        return null;
    }
}

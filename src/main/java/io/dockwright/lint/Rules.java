package io.dockwright.lint;

import java.util.ArrayList;
import java.util.List;

/** The default rule set, in a stable order. */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(FromRules.all());
        rules.addAll(RunRules.all());
        rules.addAll(PackageRules.all());
        rules.addAll(CleanupRules.all());
        rules.addAll(StageRules.all());
        rules.addAll(SyntaxRules.all());
        rules.addAll(ArgumentRules.all());
        return List.copyOf(rules);
    }
}

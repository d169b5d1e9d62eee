package io.dockwright.lint;

import io.dockwright.dockerfile.Severity;
import java.util.List;

/**
 * One lint rule. Ids are hadolint's ({@code DL3007}) or BuildKit's build-check names ({@code StageNameCasing});
 * where both tools report the same finding the rule has one id and lists the other in {@link #aliases()}, so
 * either suppresses it.
 */
public interface Rule {
    String id();

    Severity severity();

    /** A short title for rule tables. */
    String title();

    /** The other tool's id for the same finding, if any. */
    default List<String> aliases() { return List.of(); }

    /** Where the rule is documented: hadolint's wiki or Docker's build-check pages. */
    default String url() { return urlOf(id()); }

    /** Reports findings on {@code out}, each with the precise span of the offending word. */
    void check(LintContext ctx, Findings out);

    /** True when {@code name} is this rule's id or one of its aliases (case-insensitive). */
    default boolean answersTo(String name) {
        return id().equalsIgnoreCase(name) || aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
    }

    static String urlOf(String id) {
        if (id.matches("DL\\d{4}")) return "https://github.com/hadolint/hadolint/wiki/" + id;
        String kebab = id.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2").replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return "https://docs.docker.com/go/dockerfile/rule/" + kebab.toLowerCase(java.util.Locale.ROOT) + "/";
    }
}

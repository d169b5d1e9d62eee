package io.dockwright.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Variable expansion and word splitting as BuildKit's Dockerfile shell lexer does them: {@code $V},
 * {@code ${V}}, {@code ${V:-x}} {@code ${V-x}} {@code ${V:+x}} {@code ${V+x}} {@code ${V?x}} {@code ${V:?x}},
 * {@code ${V#p}} {@code ${V##p}} {@code ${V%p}} {@code ${V%%p}}, {@code ${V/p/r}} {@code ${V//p/r}},
 * single and double quotes, the escape character ({@code \} or a backtick). Positional and special
 * parameters ({@code $1}, {@code $@}, ...) are never set.
 *
 * <p>The environment is a lookup returning null for an unset variable (an empty string is "set but empty").
 */
public final class ShellWords {

    /**
     * The outcome of one expansion.
     *
     * @param value     the word after expansion and quote removal (spaces kept)
     * @param words     the same text split into words: unquoted whitespace, including whitespace that
     *                  came from a variable's value, separates words; empty words are dropped
     * @param matched   variable names that were looked up and set
     * @param unmatched variable names that were looked up and unset
     */
    public record Result(String value, List<String> words, Set<String> matched, Set<String> unmatched) {}

    private ShellWords() {}

    /** Expands one word. @throws ExpansionException on a syntax error or {@code ${V?msg}} */
    public static String expand(String word, Function<String, String> env, char escape) {
        if (isLiteral(word, escape)) return word;
        return process(word, env, escape).value();
    }

    /** True when {@code text} has nothing to expand or unquote: no {@code $}, quote or escape character. */
    public static boolean isLiteral(String text, char escape) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' || c == '\'' || c == '"' || c == escape) return false;
        }
        return true;
    }

    /** Expands and splits into words. @throws ExpansionException on a syntax error or {@code ${V?msg}} */
    public static List<String> words(String text, Function<String, String> env, char escape) {
        return process(text, env, escape).words();
    }

    /** Expands, splits and reports which variables were used. */
    public static Result process(String text, Function<String, String> env, char escape) {
        return new ShellLexer(text, env, escape).run();
    }

    /** An environment lookup over a map (null for absent keys). */
    public static Function<String, String> env(Map<String, String> vars) {
        return vars::get;
    }
}

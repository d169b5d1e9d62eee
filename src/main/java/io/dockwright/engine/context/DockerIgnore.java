package io.dockwright.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code .dockerignore} as Docker reads and applies it (moby's ignorefile + patternmatcher): {@code #} lines
 * are comments, lines are trimmed, {@code !} marks an exception, patterns are cleaned like Go's
 * {@code filepath.Clean} with a leading {@code /} dropped, {@code *}/{@code ?}/{@code [...]} follow
 * {@code filepath.Match}, {@code **} spans directories, a match of a parent directory excludes its content,
 * and the last matching pattern wins.
 * <p>Not docker-java's {@code GoLangFileMatch}: in 3.7.0 it says {@code **}{@code /*.go} does not match
 * {@code main.go} and {@code dir/**}{@code /file} does not match {@code dir/file}, and it leaves {@code /x} and
 * {@code ./x} uncleaned, where Docker matches all of them.
 */
public final class DockerIgnore {
    private final List<Rule> rules;

    private record Rule(String cleaned, boolean exception, Pattern regex) {}

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /** Reads the file's text; throws {@link IllegalArgumentException} (with its line) for a lone {@code !}. */
    public static DockerIgnore parse(String text) {
        List<String> patterns = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.startsWith("#")) continue;
            line = line.strip();
            if (line.isEmpty()) continue;
            boolean exception = line.startsWith("!");
            String body = exception ? line.substring(1).strip() : line;
            if (exception && body.isEmpty()) {
                throw new IllegalArgumentException(".dockerignore line " + (i + 1) + ": illegal exclusion pattern: \"!\"");
            }
            body = GoPaths.clean(body);
            if (body.length() > 1 && body.charAt(0) == '/') body = body.substring(1);
            patterns.add(exception ? "!" + body : body);
        }
        return ofPatterns(patterns);
    }

    /** Patterns already read (a leading {@code !} marks an exception). */
    public static DockerIgnore ofPatterns(List<String> patterns) {
        List<Rule> rules = new ArrayList<>();
        for (String p : patterns) {
            boolean exception = p.startsWith("!");
            String cleaned = GoPaths.clean(exception ? p.substring(1) : p);
            rules.add(new Rule(cleaned, exception, Pattern.compile(toRegex(cleaned))));
        }
        return new DockerIgnore(rules);
    }

    public List<String> patterns() {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) out.add(r.exception ? "!" + r.cleaned : r.cleaned);
        return out;
    }

    /** moby's {@code MatchesOrParentMatches}: is this slash-separated context path excluded? */
    public boolean excludes(String path) {
        String file = GoPaths.clean(path);
        int slash = file.lastIndexOf('/');
        String[] parents = slash < 0 ? new String[0] : file.substring(0, slash).split("/");
        boolean matched = false;
        for (Rule rule : rules) {
            if (rule.exception != matched) continue;
            boolean match = rule.regex.matcher(file).matches();
            StringBuilder parent = new StringBuilder();
            for (int i = 0; !match && i < parents.length; i++) {
                if (i > 0) parent.append('/');
                parent.append(parents[i]);
                match = rule.regex.matcher(parent).matches();
            }
            if (match) matched = !rule.exception;
        }
        return matched;
    }

    /** Whether an excluded directory must still be walked because an exception may re-include something in it. */
    public boolean mayReinclude(String dir) {
        String dirSlash = GoPaths.clean(dir) + "/";
        return rules.stream().anyMatch(r -> r.exception && (r.cleaned + "/").startsWith(dirSlash));
    }

    /** patternmatcher's translation of a {@code filepath.Match} pattern (with {@code **}) to a regex. */
    static String toRegex(String pattern) {
        StringBuilder re = new StringBuilder("^");
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char ch = pattern.charAt(i);
            if (ch == '*') {
                if (i + 1 < n && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '/') i++;
                    re.append(i + 1 >= n ? ".*" : "(.*/)?");
                } else {
                    re.append("[^/]*");
                }
            } else if (ch == '?') {
                re.append("[^/]");
            } else if (ch == '\\') {
                if (i + 1 < n) re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                else re.append("\\\\");
            } else if (ch == '[' || ch == ']' || (ch == '^' || ch == '-') && insideClass(pattern, i)) {
                re.append(ch);
            } else if (Character.isLetterOrDigit(ch) || ch == '/' || ch == '_') {
                re.append(ch);
            } else {
                re.append('\\').append(ch);
            }
        }
        return re.append("(/.*)?$").toString();
    }

    private static boolean insideClass(String p, int at) {
        int open = p.lastIndexOf('[', at);
        return open >= 0 && p.lastIndexOf(']', at) < open;
    }
}

package io.dockwright.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An image pattern of the shipped tables: a glob ({@code "match": "python:*-bookworm"}, each {@code *} a captured
 * group) or a regular expression ({@code "regex": "maven:(\\d[\\d.]*)"}) matched against the whole reference.
 */
public final class ImagePattern {
    private final String text;
    private final Pattern pattern;

    private ImagePattern(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    public static ImagePattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!re.isEmpty()) re.append("(.*?)");
            re.append(Pattern.quote(part));
        }
        return new ImagePattern(glob, Pattern.compile(re.toString()));
    }

    public static ImagePattern regex(String regex) {
        try {
            return new ImagePattern(regex, Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid image regex " + regex + ": " + e.getDescription());
        }
    }

    /** The rule's {@code match} (glob) or {@code regex}; {@link IllegalArgumentException} when it has neither. */
    public static ImagePattern of(JsonNode rule) {
        String match = rule.path("match").asText("");
        String regex = rule.path("regex").asText("");
        if (!match.isBlank()) return glob(match);
        if (!regex.isBlank()) return regex(regex);
        throw new IllegalArgumentException("image rule without \"match\" or \"regex\": " + rule);
    }

    /** The reference without a Docker Hub {@code docker.io/library/} prefix, trimmed. */
    public static String normalise(String image) {
        String name = image.strip();
        for (String prefix : List.of("docker.io/library/", "index.docker.io/library/", "library/")) {
            if (name.startsWith(prefix)) name = name.substring(prefix.length());
        }
        return name;
    }

    public Matcher matcher(String image) { return pattern.matcher(image); }

    /** {@code replacement} with {@code $1}... replaced by the groups of {@code m}. */
    public static String substitute(String replacement, Matcher m) {
        String out = replacement;
        for (int g = m.groupCount(); g >= 1; g--) out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g));
        return out;
    }

    @Override
    public String toString() { return text; }
}

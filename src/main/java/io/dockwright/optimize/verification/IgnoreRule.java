package io.dockwright.optimize.verification;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A volatile part of the output to ignore: every match of the regular expression (Java syntax) is replaced by
 * {@value #MARK} in both images' output and HTTP bodies before they are compared, e.g. a timestamp
 * {@code \d{4}-\d\d-\d\dT[0-9:.]+Z} or a request id.
 */
public record IgnoreRule(String regex) {
    public static final String MARK = "<ignored>";

    public IgnoreRule {
        if (regex == null || regex.isEmpty()) throw new IllegalArgumentException("an ignore rule is empty");
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("ignore rule '" + regex + "': " + e.getDescription() + " at index " + e.getIndex());
        }
    }

    public String apply(String text) {
        return Pattern.compile(regex).matcher(text).replaceAll(MARK);
    }
}

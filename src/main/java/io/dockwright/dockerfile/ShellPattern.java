package io.dockwright.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell wildcard patterns of {@code ${V#p}}, {@code ${V%p}} and {@code ${V/p/r}} as BuildKit reads them:
 * {@code *} any run, {@code ?} one char, {@code \} escapes {@code * ? \} and is dropped before
 * {@code } /}; no bracket expressions. Matching is leftmost-first like Go's regexp.
 */
final class ShellPattern {
    private ShellPattern() {}

    /** @throws IllegalArgumentException for an invalid escape */
    static Pattern compile(String pattern, boolean greedy, boolean anchored) {
        StringBuilder re = new StringBuilder(pattern.length() + 8);
        if (anchored) re.append('^');
        String star = greedy ? ".*" : ".*?";
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '*') {
                re.append(star);
            } else if (cp == '?') {
                re.append('.');
            } else if (cp == '\\') {
                int after = i + 1 < cps.length ? cps[i + 1] : -1;
                if (after == '}' || after == '/') continue; // the escape only protected the delimiter
                if (after != '*' && after != '?' && after != '\\') {
                    throw new IllegalArgumentException("invalid escape '\\"
                            + (after < 0 ? "" : new String(Character.toChars(after))) + "'");
                }
                literal(re, after);
                i++;
            } else {
                literal(re, cp);
            }
        }
        return Pattern.compile(re.toString(), Pattern.UNIX_LINES);
    }

    private static void literal(StringBuilder re, int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            re.append((char) cp);
        } else {
            re.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    /** {@code ${V#p}} (shortest) and {@code ${V##p}} (longest). */
    static String trimPrefix(String pattern, String value, boolean greedy) {
        Matcher m = compile(pattern, greedy, true).matcher(value);
        return m.find() ? value.substring(m.end()) : value;
    }

    /** {@code ${V%p}} and {@code ${V%%p}}: a prefix match on the reversed value and pattern. */
    static String trimSuffix(String pattern, String value, boolean greedy) {
        return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
    }

    /** {@code ${V/p/r}} (first match) and {@code ${V//p/r}} (all, with Go's {@code $} template rules). */
    static String replace(String pattern, String value, String replacement, boolean all) {
        Matcher m = compile(pattern, true, false).matcher(value);
        if (!all) {
            return m.find() ? value.substring(0, m.start()) + replacement + value.substring(m.end()) : value;
        }
        StringBuilder out = new StringBuilder();
        int lastEnd = 0;
        int search = 0;
        while (search <= value.length() && m.find(search)) {
            out.append(value, lastEnd, m.start());
            // no second replacement for an empty match right after a match (Go's rule)
            if (m.end() > lastEnd || m.start() == 0) out.append(template(replacement, m.group()));
            lastEnd = m.end();
            int width = search < value.length() ? Character.charCount(value.codePointAt(search)) : 1;
            search = search + width > m.end() ? search + width : m.end();
        }
        return out.append(value, lastEnd, value.length()).toString();
    }

    /** Go's regexp template: {@code $$}, {@code $0}/{@code ${0}} the match, other names empty. */
    private static String template(String replacement, String match) {
        if (replacement.indexOf('$') < 0) return replacement;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= replacement.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (replacement.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            boolean braced = replacement.charAt(i + 1) == '{';
            int j = braced ? i + 2 : i + 1;
            int nameStart = j;
            while (j < replacement.length() && isNameChar(replacement.charAt(j))) j++;
            String name = replacement.substring(nameStart, j);
            if (name.isEmpty() || (braced && (j >= replacement.length() || replacement.charAt(j) != '}'))) {
                out.append('$'); // malformed: the $ is kept as text
                i++;
                continue;
            }
            if (name.equals("0")) out.append(match); // no pattern has capture groups: other names are empty
            i = braced ? j + 1 : j;
        }
        return out.toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Reverses a pattern keeping each {@code \x} escape pair in order. */
    static String reversePattern(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\\' && i + 1 < cps.length) {
                tokens.add(new String(cps, i, 2));
                i++;
            } else {
                tokens.add(new String(cps, i, 1));
            }
        }
        Collections.reverse(tokens);
        return String.join("", tokens);
    }

    private static String reverse(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = cps.length - 1; i >= 0; i--) out.appendCodePoint(cps[i]);
        return out.toString();
    }
}

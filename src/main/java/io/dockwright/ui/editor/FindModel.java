package io.dockwright.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-text search and replace over the editor's text, wrapping around; optionally case-sensitive. */
public final class FindModel {

    /** A match {@code [start, end)}; {@code NONE} when there is none. */
    public record Match(int start, int end) {
        public static final Match NONE = new Match(-1, -1);

        public boolean found() { return start >= 0; }
    }

    public Match next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) return Match.NONE;
        Matcher m = pattern(query, matchCase).matcher(text);
        if (m.find(Math.max(0, Math.min(from, text.length()))) || m.find(0)) return new Match(m.start(), m.end());
        return Match.NONE;
    }

    public Match previous(String text, String query, int before, boolean matchCase) {
        if (query.isEmpty()) return Match.NONE;
        Matcher m = pattern(query, matchCase).matcher(text);
        Match last = Match.NONE;
        Match lastBefore = Match.NONE;
        while (m.find()) {
            last = new Match(m.start(), m.end());
            if (m.start() < before) lastBefore = last;
        }
        return lastBefore.found() ? lastBefore : last;
    }

    public int count(String text, String query, boolean matchCase) {
        if (query.isEmpty()) return 0;
        Matcher m = pattern(query, matchCase).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The text with every match replaced (replacement taken literally). */
    public String replaceAll(String text, String query, String replacement, boolean matchCase) {
        if (query.isEmpty()) return text;
        return pattern(query, matchCase).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static Pattern pattern(String query, boolean matchCase) {
        return Pattern.compile(Pattern.quote(query), matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

package io.dockwright.dockerfile;

import static io.dockwright.dockerfile.TokenKind.HEREDOC_MARKER;

import java.util.ArrayList;
import java.util.List;

/** Finds the heredoc markers of an instruction line ({@code <<EOF}, {@code <<-"EOF"}, {@code 3<<'EOF'}). */
final class HeredocMarkers {
    /** A marker: the delimiter name, {@code <<-}, whether the name was quoted, and where the marker stands. */
    record Start(String name, boolean chomp, boolean quoted, Span marker) {}

    private HeredocMarkers() {}

    /** BuildKit's heredoc detection: RUN/COPY/ADD (also as ONBUILD trigger) in shell form with {@code <<}. */
    static List<Start> find(String text, Instruction parsed, LogicalLine logical) {
        Instruction inner = parsed.keyword() == Keyword.ONBUILD && parsed.trigger() != null ? parsed.trigger() : parsed;
        Keyword k = inner.keyword();
        if ((k != Keyword.RUN && k != Keyword.COPY && k != Keyword.ADD) || inner.json() || !text.contains("<<")) {
            return List.of();
        }
        List<Start> starts = new ArrayList<>();
        for (Words.Piece w : Words.rawShellWords(text, 0, text.length())) {
            String word = w.value();
            int i = 0;
            while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') i++;
            if (!word.startsWith("<<", i)) continue;
            i += 2;
            boolean chomp = i < word.length() && word.charAt(i) == '-';
            if (chomp) i++;
            String rest = word.substring(i);
            if (rest.isEmpty() || rest.indexOf('<') >= 0) continue;
            String name = Words.unquoteSingleWord(rest);
            if (name == null) continue;
            boolean quoted = quoteCount(name) != quoteCount(rest);
            logical.mark(w.start(), w.end(), HEREDOC_MARKER);
            starts.add(new Start(name, chomp, quoted, logical.span(w.start(), w.end())));
        }
        return starts;
    }

    private static int quoteCount(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\'' || s.charAt(i) == '"') c++;
        return c;
    }
}

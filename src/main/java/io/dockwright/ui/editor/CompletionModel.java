package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposals at the caret from the text alone plus the known stage names: instruction keywords at the start
 * of a line, the current instruction's flags after {@code --}, stage names after {@code --from=}
 * (and {@code from=} inside {@code --mount}).
 */
public final class CompletionModel {

    public List<Completion> complete(String text, int caret, List<String> stageNames) {
        int caretAt = Math.max(0, Math.min(caret, text.length()));
        int lineStart = text.lastIndexOf('\n', caretAt - 1) + 1;
        String before = text.substring(lineStart, caretAt);
        int wordStart = caretAt;
        while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
        String word = text.substring(wordStart, caretAt);

        if (before.isBlank() || before.strip().equals(word) && !word.startsWith("-") && !word.startsWith("#")) {
            return keywords(word, wordStart);
        }
        int eq = word.lastIndexOf('=');
        if (eq >= 0 && (word.startsWith("--from=") || word.substring(0, eq).endsWith("from"))) {
            return stages(word.substring(eq + 1), wordStart + eq + 1, stageNames);
        }
        if (word.startsWith("-")) {
            return flags(Keyword.of(before.strip().split("\\s+", 2)[0]), word, wordStart);
        }
        return List.of();
    }

    private static List<Completion> keywords(String prefix, int from) {
        List<Completion> out = new ArrayList<>();
        String p = prefix.toUpperCase(Locale.ROOT);
        for (Keyword k : KeywordDocs.keywords()) {
            if (k.name().startsWith(p)) out.add(new Completion(k.name(), k.name() + " ", KeywordDocs.description(k), from));
        }
        return out;
    }

    private static List<Completion> flags(Keyword k, String prefix, int from) {
        List<Completion> out = new ArrayList<>();
        for (String f : KeywordDocs.flags(k)) {
            String flag = "--" + f;
            boolean bare = f.equals("link") || f.equals("parents") || f.equals("keep-git-dir");
            if (flag.startsWith(prefix)) out.add(new Completion(flag, bare ? flag + " " : flag + "=", k.name() + " flag", from));
        }
        return out;
    }

    private static List<Completion> stages(String prefix, int from, List<String> stageNames) {
        List<Completion> out = new ArrayList<>();
        for (String s : stageNames) {
            if (s.startsWith(prefix)) out.add(new Completion(s, s, "stage", from));
        }
        return out;
    }
}

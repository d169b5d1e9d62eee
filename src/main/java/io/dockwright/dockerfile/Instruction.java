package io.dockwright.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * One instruction, from its keyword to the end of its last continuation line or heredoc body.
 *
 * @param keywordText the keyword as written (any case)
 * @param keyword     the parsed keyword
 * @param span        the whole instruction, without the final newline
 * @param keywordSpan where the keyword stands
 * @param flags       the leading {@code --flags}
 * @param json        true when the arguments are in JSON (exec) form
 * @param args        the arguments as BuildKit's AST holds them (see {@code BuildkitDump})
 * @param pairs       ENV/LABEL/ARG pairs (empty for other keywords)
 * @param heredocs    here-documents opened on this instruction's line, in order
 * @param trigger     the nested instruction of ONBUILD, else null
 */
public record Instruction(
        String keywordText,
        Keyword keyword,
        Span span,
        Span keywordSpan,
        List<Flag> flags,
        boolean json,
        List<Word> args,
        List<KeyValue> pairs,
        List<Heredoc> heredocs,
        Instruction trigger) {

    public Optional<Flag> flag(String name) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** All flags with this name, in order (for example several {@code --mount}). */
    public List<Flag> flags(String name) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }
}

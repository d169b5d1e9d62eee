package io.dockwright.stages;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a Dockerfile names a stage or an image as written in the source: the image word of
 * {@code FROM}, the value of {@code --from=} and the {@code from=} field of {@code --mount=}.
 * Only references written plainly (no line continuation inside the value) are reported, so replacing a
 * reported span is always safe.
 */
public final class StageReferences {

    /** One reference: {@code value} is the text at {@code span}. */
    public record Ref(EdgeKind kind, String value, Span span) {}

    private StageReferences() {}

    public static List<Ref> find(Dockerfile file) {
        List<Ref> refs = new ArrayList<>();
        for (Instruction in : file.instructions()) {
            collect(file.text(), in, refs);
            if (in.trigger() != null) collect(file.text(), in.trigger(), refs);
        }
        return refs;
    }

    /** The {@code FROM} instructions (stage starts) in order. */
    public static List<Instruction> froms(Dockerfile file) {
        return file.instructions().stream().filter(i -> i.keyword() == Keyword.FROM).toList();
    }

    private static void collect(String text, Instruction in, List<Ref> refs) {
        if (in.keyword() == Keyword.FROM) {
            if (!in.args().isEmpty()) {
                Word image = in.args().get(0);
                addIfPlain(text, EdgeKind.FROM, image.span(), refs);
            }
            return;
        }
        for (Flag flag : in.flags()) {
            if (flag.name().equalsIgnoreCase("from") && flag.value() != null) {
                valueOfFlag(text, flag).ifPresent(span -> addIfPlain(text, EdgeKind.COPY, span, refs));
            } else if (flag.name().equalsIgnoreCase("mount") && flag.value() != null) {
                mountFrom(text, flag, refs);
            }
        }
    }

    private static java.util.Optional<Span> valueOfFlag(String text, Flag flag) {
        int eq = text.indexOf('=', flag.span().start());
        if (eq < 0 || eq >= flag.span().end()) return java.util.Optional.empty();
        return java.util.Optional.of(new Span(eq + 1, flag.span().end()));
    }

    /** The {@code from=} field of a mount's comma-separated {@code key=value} list. */
    private static void mountFrom(String text, Flag flag, List<Ref> refs) {
        valueOfFlag(text, flag).ifPresent(value -> {
            int fieldStart = value.start();
            for (int i = value.start(); i <= value.end(); i++) {
                if (i == value.end() || text.charAt(i) == ',') {
                    int eq = text.indexOf('=', fieldStart);
                    if (eq > 0 && eq < i && unfold(text.substring(fieldStart, eq)).equalsIgnoreCase("from")) {
                        addIfPlain(text, EdgeKind.MOUNT, new Span(eq + 1, i), refs);
                    }
                    fieldStart = i + 1;
                }
            }
        });
    }

    /** Removes line continuations (escape char, newline, indentation) and surrounding blanks. */
    private static String unfold(String s) {
        return s.replaceAll("[\\\\`]\\r?\\n\\s*", "").strip();
    }

    private static void addIfPlain(String text, EdgeKind kind, Span span, List<Ref> refs) {
        String value = text.substring(span.start(), span.end());
        if (value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\\' || c == '`'
                || c == '"' || c == '\'')) return;
        refs.add(new Ref(kind, value, span));
    }
}

package io.dockwright.dockerfile.instructions;

import static io.dockwright.dockerfile.instructions.Problems.error;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.GoText;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.KeyValue;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The argument checks of BuildKit's per-instruction parse functions, with their messages. */
final class Arguments {
    private static final String COUNT = "argument-count";
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9_.\\-]*");

    private Arguments() {}

    /** How many arguments BuildKit counts: pairs for ENV and LABEL, the trigger for ONBUILD. */
    private static int count(Instruction in) {
        return switch (in.keyword()) {
            case ENV, LABEL -> in.pairs().size();
            case ONBUILD -> in.trigger() == null ? 0 : 1;
            default -> in.args().size();
        };
    }

    static Optional<Diagnostic> atLeastOne(Instruction in) {
        if (count(in) > 0) return Optional.empty();
        return error(COUNT, in.keyword() + " requires at least one argument", in.keywordSpan());
    }

    /** MAINTAINER, WORKDIR, USER and STOPSIGNAL take their whole rest as one argument, so only none fails. */
    static Optional<Diagnostic> exactlyOne(Instruction in) {
        if (count(in) == 1) return Optional.empty();
        return error(COUNT, in.keyword() + " requires exactly one argument",
                in.args().isEmpty() ? in.keywordSpan() : Problems.spanFrom(in.args(), 1));
    }

    /** ADD and COPY: sources and a destination, which cannot be a heredoc (BuildKit after 0.8 reads heredocs). */
    static Optional<Diagnostic> sourcesAndDest(Instruction in) {
        if (in.args().size() < 2) {
            return error(COUNT, in.keyword() + " requires at least two arguments, but only one was provided. Destination"
                    + " could not be determined", in.args().isEmpty() ? in.keywordSpan() : in.args().get(0).span());
        }
        Word dest = in.args().get(in.args().size() - 1);
        if (in.heredocs().stream().noneMatch(h -> h.marker().equals(dest.span()))) return Optional.empty();
        return error("heredoc-destination", in.keyword() + " cannot accept a heredoc as a destination", dest.span());
    }

    /** ENV and LABEL: at least one pair, none with a blank name. */
    static Optional<Diagnostic> pairs(Instruction in) {
        if (in.pairs().isEmpty()) return atLeastOne(in);
        return blankName(in);
    }

    /** ARG: at least one name, none blank ({@code ARG =x}). */
    static Optional<Diagnostic> argNames(Instruction in) {
        Optional<Diagnostic> none = atLeastOne(in);
        return none.isPresent() ? none : blankName(in);
    }

    private static Optional<Diagnostic> blankName(Instruction in) {
        for (KeyValue kv : in.pairs()) {
            boolean blank = kv.key().isEmpty() && (in.keyword() != Keyword.ARG || kv.value() != null);
            if (blank) return error("blank-name", in.keyword() + " names can not be blank", kv.span());
        }
        return Optional.empty();
    }

    /** FROM: {@code image} or {@code image AS name}, the name lowercase-able to a valid stage name. */
    static Optional<Diagnostic> stageName(Instruction in) {
        List<Word> args = in.args();
        if (args.size() == 3 && args.get(1).value().equalsIgnoreCase("as")) {
            Word name = args.get(2);
            if (STAGE_NAME.matcher(name.value().toLowerCase(Locale.ROOT)).matches()) return Optional.empty();
            return error("invalid-stage-name", "invalid name for build stage: " + GoText.quote(name.value())
                    + ", name can't start with a number or contain symbols", name.span());
        }
        if (args.size() == 1) return Optional.empty();
        return error(COUNT, "FROM requires either one or three arguments",
                args.isEmpty() ? in.keywordSpan() : Problems.spanFrom(args, 1));
    }

    /** VOLUME: no path blank after trimming (only the JSON form can write one). */
    static Optional<Diagnostic> volumes(Instruction in) {
        for (Word w : in.args()) {
            if (GoText.trimSpace(w.value()).isEmpty()) {
                return error("blank-name", "VOLUME specified can not be an empty string", w.span());
            }
        }
        return Optional.empty();
    }

    /** SHELL: a non-empty JSON array. */
    static Optional<Diagnostic> shell(Instruction in) {
        if (in.args().isEmpty()) return atLeastOne(in);
        if (in.json()) return Optional.empty();
        return error("not-json", "SHELL requires the arguments to be in JSON form", Problems.spanFrom(in.args(), 0));
    }
}

package io.dockwright.optimize.corpus;

import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.OptimizationResult;
import io.dockwright.optimize.passes.MultiStagePass;
import io.dockwright.dockerfile.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One corpus Dockerfile ({@code corpus/STACK/NAME.Dockerfile}), what the optimizer made of it and why it did not
 * split it. {@code splitMessage} is the optimizer's own sentence: the "No multi-stage split: ..." warning, or the
 * reason the text is unchanged.
 */
public record CorpusEntry(String stack, String name, int stages, Outcome outcome, String splitMessage,
                          Optional<DeclineReason> reason, boolean devCommandKept, OptimizationResult result) {
    private static final String NO_SPLIT = "No multi-stage split: ";
    /** Development-mode commands (#15): a runtime stage that still runs one lacks the tool or the sources. */
    private static final Pattern DEV_COMMAND = Pattern.compile("\\bcargo (run|watch)\\b|\\bnodemon\\b|\\bts-node(-dev)?\\b"
            + "|\\bgo run\\b|^air\\b|\\bgin run\\b|spring-boot:run|\\bnpm run dev\\b|--reload\\b|^bin/dev$|\\bvite\\b");

    /** The passes that move a file without a build step to its family's runtime image (JDK to JRE, full to slim). */
    private static final Set<String> BASE_SWAPS = Set.of("jre-base", "slim-base");

    /**
     * Split: builder and runtime stages; base swapped: no build step to split, the FROM moved to the runtime image
     * (what #15 asks for prebuilt artifacts); polished: other edits only; declined: unchanged.
     */
    public enum Outcome { SPLIT, BASE_SWAPPED, POLISHED, DECLINED }

    public static CorpusEntry of(Path file, String text, OptimizationResult result) {
        String stack = file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replaceFirst("\\.Dockerfile$", "");
        boolean split = result.dockerfileChanges().stream().map(Change::id).anyMatch(MultiStagePass.ID::equals);
        boolean swapped = !split && result.dockerfileChanges().stream().map(Change::id).anyMatch(BASE_SWAPS::contains);
        Outcome outcome = split ? Outcome.SPLIT : swapped ? Outcome.BASE_SWAPPED : result.changed() ? Outcome.POLISHED : Outcome.DECLINED;
        String message = split || swapped ? null : result.warnings().stream().filter(w -> w.startsWith(NO_SPLIT)).findFirst()
                .map(w -> w.substring(NO_SPLIT.length())).orElseGet(() -> unchangedMessage(result.unchangedReason()));
        return new CorpusEntry(stack, name, fromCount(text), outcome, message, DeclineReason.of(message),
                split && DEV_COMMAND.matcher(finalCommand(result.text())).find(), result);
    }

    /** The final stage's ENTRYPOINT and CMD words, joined by spaces. */
    private static String finalCommand(String text) {
        List<Instruction> all = DockerfileParser.parse(text).instructions();
        String entry = "", cmd = "";
        for (Instruction i : all) {
            String words = i.args().stream().map(Word::value).collect(Collectors.joining(" "));
            if (i.keyword() == Keyword.FROM) entry = cmd = "";
            if (i.keyword() == Keyword.ENTRYPOINT) entry = words;
            if (i.keyword() == Keyword.CMD) cmd = words;
        }
        return (entry + " " + cmd).strip();
    }

    /** Split, and the rewrite does not keep a development-mode command on its runtime stage. */
    public boolean soundSplit() {
        return outcome == Outcome.SPLIT && !devCommandKept;
    }

    public boolean singleStage() {
        return stages == 1;
    }

    /** An unchanged file's reason; when it holds the split's own sentence, that sentence. */
    private static String unchangedMessage(String reason) {
        if (reason == null) return null;
        int at = reason.indexOf(NO_SPLIT);
        return at < 0 ? reason : reason.substring(at + NO_SPLIT.length());
    }

    private static int fromCount(String text) {
        return (int) DockerfileParser.parse(text).instructions().stream().map(Instruction::keyword)
                .filter(Keyword.FROM::equals).count();
    }
}

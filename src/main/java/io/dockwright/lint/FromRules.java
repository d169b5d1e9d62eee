package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.stages.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/** Rules on FROM: base image tags, stage names and platforms. */
final class FromRules {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    private FromRules() {}

    static List<Rule> all() {
        return List.of(
                BasicRule.of("DL3006", WARNING, "Base image without a tag", (ctx, out, self) ->
                        eachBase(ctx, (in, image) -> {
                            if (tag(image.value()) == null && !image.value().contains("@")) {
                                out.add(self, image.span(), "Tag the base image explicitly: " + image.value()
                                        + " follows whatever 'latest' is at build time");
                            }
                        })),
                BasicRule.of("DL3007", WARNING, "Base image on :latest", (ctx, out, self) ->
                        eachBase(ctx, (in, image) -> {
                            if ("latest".equals(tag(image.value())) && !image.value().contains("@")) {
                                out.add(self, image.span(), "Pin a release instead of 'latest': the image "
                                        + "changes under you and builds stop being reproducible");
                            }
                        })),
                BasicRule.of("StageNameCasing", WARNING, "Stage name not lowercase", (ctx, out, self) ->
                        eachFrom(ctx, in -> {
                            Word name = stageName(in);
                            if (name != null && !name.value().equals(name.value().toLowerCase(Locale.ROOT))) {
                                out.add(self, name.span(), "Stage name '" + name.value()
                                        + "' should be lowercase (Docker lowercases it anyway)");
                            }
                        })),
                BasicRule.of("FromAsCasing", WARNING, "AS cased unlike FROM", (ctx, out, self) ->
                        eachFrom(ctx, in -> {
                            if (stageName(in) == null) return;
                            Word as = in.args().get(1);
                            if (isUpper(in.keywordText()) && isLower(as.value())
                                    || isLower(in.keywordText()) && isUpper(as.value())) {
                                out.add(self, as.span(), "'" + as.value() + "' and '" + in.keywordText()
                                        + "' should use the same casing");
                            }
                        })),
                BasicRule.of("ReservedStageName", "DL3063", WARNING, "Reserved stage name", (ctx, out, self) ->
                        eachFrom(ctx, in -> {
                            Word name = stageName(in);
                            if (name != null && RESERVED.contains(name.value().toLowerCase(Locale.ROOT))) {
                                out.add(self, name.span(), "'" + name.value() + "' is reserved and cannot "
                                        + "be used as a stage name");
                            }
                        })),
                BasicRule.of("RedundantTargetPlatform", "DL3065", WARNING, "Redundant --platform=$TARGETPLATFORM",
                        (ctx, out, self) -> eachFrom(ctx, in -> {
                            Flag p = in.flag("platform").orElse(null);
                            if (p != null && p.value() != null
                                    && p.value().matches("\\$(TARGETPLATFORM|\\{TARGETPLATFORM})")) {
                                out.add(self, p.span(), "--platform=" + p.value() + " is the default; drop it");
                            }
                        })));
    }

    static void eachFrom(LintContext ctx, java.util.function.Consumer<Instruction> action) {
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() == Keyword.FROM) action.accept(in);
        }
    }

    /** FROM instructions whose base is an image (not a stage, scratch or a variable), with the image word. */
    private static void eachBase(LintContext ctx, BiConsumer<Instruction, Word> action) {
        List<Instruction> all = ctx.instructions();
        List<Stage> stages = ctx.graph().stages();
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            if (in.keyword() != Keyword.FROM || in.args().isEmpty()) continue;
            Word image = in.args().get(0);
            String v = image.value();
            int stage = ctx.stageOf(i);
            boolean onStage = stage >= 0 && stage < stages.size() && stages.get(stage).baseStage() != null;
            if (onStage || v.contains("$") || v.equalsIgnoreCase("scratch")) continue;
            action.accept(in, image);
        }
    }

    /** The tag of an image reference, or null. */
    static String tag(String ref) {
        String name = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(colon + 1) : null;
    }

    /** The AS name of a FROM, or null. */
    static Word stageName(Instruction from) {
        List<Word> a = from.args();
        return a.size() == 3 && a.get(1).value().equalsIgnoreCase("as") ? a.get(2) : null;
    }

    /** No lowercase letter (keywords are ASCII; anything else counts as neither case). */
    static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return false;
        }
        return true;
    }

    static boolean isLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) return false;
        }
        return true;
    }
}

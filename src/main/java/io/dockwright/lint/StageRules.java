package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.ERROR;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.Word;
import java.util.List;

/** Rules on what a stage ends up with: its CMD, ENTRYPOINT, HEALTHCHECK, USER and WORKDIR. */
final class StageRules {
    private StageRules() {}

    static List<Rule> all() {
        return List.of(
                repeated("DL4003", WARNING, Keyword.CMD),
                repeated("DL4004", ERROR, Keyword.ENTRYPOINT),
                repeated("DL3012", ERROR, Keyword.HEALTHCHECK),
                BasicRule.of("DL3002", WARNING, "Image runs as root", StageRules::rootUser),
                BasicRule.of("WorkdirRelativePath", "DL3000", WARNING, "Relative WORKDIR without an absolute one before",
                        StageRules::relativeWorkdir));
    }

    /** MultipleInstructionsDisallowed: only the last CMD/ENTRYPOINT/HEALTHCHECK of a stage counts. */
    private static Rule repeated(String id, Severity severity, Keyword keyword) {
        return BasicRule.of(id, "MultipleInstructionsDisallowed", severity, "Multiple " + keyword + " instructions",
                (ctx, out, self) -> {
                    List<Instruction> all = ctx.instructions();
                    Instruction pending = null;
                    for (int i = 0; i < all.size(); i++) {
                        Instruction in = all.get(i);
                        if (in.keyword() == Keyword.FROM) pending = null;
                        if (in.keyword() != keyword) continue;
                        if (pending != null) {
                            out.add(self, pending.keywordSpan(), "Only the last " + keyword + " of a stage takes "
                                    + "effect; this one is overridden at line "
                                    + ctx.dockerfile().position(in.span().start()).line());
                        }
                        pending = in;
                    }
                });
    }

    /** The USER the image runs as: the last one in the target, else in the stages it builds on. */
    private static void rootUser(LintContext ctx, Findings out, Rule self) {
        List<Instruction> all = ctx.instructions();
        Word[] lastUser = new Word[ctx.stageCount()];
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            if (in.keyword() == Keyword.USER && !in.args().isEmpty() && ctx.stageOf(i) >= 0) {
                lastUser[ctx.stageOf(i)] = in.args().get(0);
            }
        }
        Word last = null;
        for (int s = ctx.targetStage(); s >= 0 && last == null; s = ctx.baseOf(s)) last = lastUser[s];
        if (last == null) return;
        String user = last.value().split(":", 2)[0];
        if (user.equals("root") || user.equals("0")) {
            out.add(self, last.span(), "The image runs as root; switch to an unprivileged USER at the end");
        }
    }

    private static void relativeWorkdir(LintContext ctx, Findings out, Rule self) {
        List<Instruction> all = ctx.instructions();
        boolean[] absolute = new boolean[ctx.stageCount()];
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            int stage = ctx.stageOf(i);
            if (stage < 0) continue;
            if (in.keyword() == Keyword.FROM) absolute[stage] = ctx.inherited(absolute, stage);
            if (in.keyword() != Keyword.WORKDIR || in.args().isEmpty()) continue;
            Word dir = in.args().get(0);
            String v = dir.value();
            if (v.startsWith("/") || v.startsWith("\\") || v.startsWith("$") || v.matches("[A-Za-z]:.*")) {
                absolute[stage] = true;
            } else if (!absolute[stage]) {
                out.add(self, dir.span(), "Relative WORKDIR '" + v + "' depends on the base image's working "
                        + "directory; use an absolute path (hadolint DL3000)");
            }
        }
    }
}

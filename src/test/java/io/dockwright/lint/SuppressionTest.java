package io.dockwright.lint;

import static io.dockwright.lint.LintTestSupport.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    @Test
    void hadolintIgnoreAboveAnInstructionSilencesOnlyThatInstruction() {
        String text = "# hadolint ignore=DL3007,DL3008\nFROM node:latest AS a\nFROM node:latest\n";
        assertEquals(List.of("DL3007@3:6[node:latest]"), render(text, "DL3007"));
    }

    @Test
    void ignoreCommentsStackAndAStopAtABlankLine() {
        String text = "FROM a:1\n# hadolint ignore=DL3003\n# build it\nRUN cd x && make\n# hadolint ignore=DL3004\n\n"
                + "RUN sudo make\n";
        assertEquals(List.of(), render(text, "DL3003"));
        assertEquals(List.of("DL3004@7:5[sudo]"), render(text, "DL3004"));
    }

    @Test
    void aliasesSuppressToo() {
        String text = "FROM a:1\n# hadolint ignore=DL3000\nWORKDIR app\n# hadolint ignore=JSONArgsRecommended\nCMD x\n";
        assertEquals(List.of(), render(text));
    }

    @Test
    void checkSkipDirectiveIsFileWide() {
        String text = "# check=skip=StageNameCasing,DL3059\nFROM a:1 AS Build\nRUN a\nRUN b\nFROM node:latest\n";
        assertEquals(List.of("DL3007@5:6[node:latest]"), render(text));
        assertEquals(List.of(), render("# check=skip=all\nFROM node:latest AS Build\n"));
    }

    @Test
    void hadolintGlobalIgnoreIsFileWide() {
        assertEquals(List.of(), render("# hadolint global ignore=DL3007\nFROM a:1\nFROM node:latest\n"));
    }

    @Test
    void linterWithoutDropsRulesByIdOrAlias() {
        Linter linter = Linter.standard().without(List.of("MultipleInstructionsDisallowed", "DL3007"));
        assertEquals(Linter.standard().rules().size() - 4, linter.rules().size());
    }
}

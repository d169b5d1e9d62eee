package io.dockwright.dockerfile.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.instructions.InstructionCases.Case;
import io.dockwright.dockerfile.instructions.InstructionCases.Verdict;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Dockwright's verdict on every case of {@link InstructionCases}: the message (BuildKit's wording) and where it
 * points. {@code InstructionVerdictEngineTest} asks the engine the same questions.
 */
class InstructionChecksTest {
    @Test
    void theTableIsLargeEnough() {
        assertTrue(count(Verdict.REFUSED) >= 60, "refused cases: " + count(Verdict.REFUSED));
        assertTrue(count(Verdict.ACCEPTED) >= 30, "accepted cases: " + count(Verdict.ACCEPTED));
    }

    private static long count(Verdict v) {
        return InstructionCases.all().stream().filter(c -> c.verdict() == v).count();
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return InstructionCases.all().stream().map(c -> DynamicTest.dynamicTest(c.verdict() + ": " + c, () -> check(c)));
    }

    private static List<String> found(String text) {
        Dockerfile df = DockerfileParser.parse(text);
        return df.diagnostics().stream().map(d -> df.position(d.span().start()) + " " + d.severity() + " " + d.code()).toList();
    }

    @Test
    void onlyTheFirstInstructionOutsideAStageIsReported() {
        assertEquals(List.of("1:1 ERROR no-stage"), found("CMD a\nCMD b\nFROM x\n"));
        assertEquals(List.of("1:1 ERROR no-stage"), found("ARG V\n"), "only ARGs: no stage to build");
        assertEquals(List.of(), found("ARG V=1\nARG W\nFROM x\n"));
    }

    @Test
    void anInstructionTheParserRejectedIsNotCheckedAgain() {
        assertEquals(List.of("2:1 ERROR missing-value"), found("FROM x\nENV PATH\n"));
        assertEquals(List.of("1:1 ERROR unknown-instruction"), found("FRM x\nRUN y\n"), "no \"no stage\" after a misspelt FROM");
    }

    @Test
    void problemsOfOnbuildTriggersAreWarnings() {
        assertEquals(List.of("2:13 WARNING unknown-flag", "3:9 WARNING unknown-instruction", "4:21 WARNING argument-count"),
                found("FROM x\nONBUILD RUN --foo true\nONBUILD FOO\nONBUILD HEALTHCHECK CMD\n"));
        assertTrue(DockerfileParser.parse("FROM x\nONBUILD COPY a\n").diagnostics().get(0).message()
                .endsWith(InstructionChecks.TRIGGER));
    }

    @Test
    void aHeredocIsNoDestination() {
        assertEquals(List.of("2:8 ERROR heredoc-destination"), found("FROM x\nCOPY a <<EOF\nbody\nEOF\n"));
        assertEquals(List.of(), found("FROM x\nCOPY <<EOF /dst\nbody\nEOF\n"));
    }

    @Test
    void diagnosticsComeInFileOrder() {
        assertEquals(List.of("1:1 ERROR no-stage", "2:8 ERROR argument-count", "3:6 WARNING invalid-json",
                "3:6 ERROR argument-count"), found("USER x\nFROM a AS\nCOPY [\"a\"\n"));
    }

    private static void check(Case c) {
        Dockerfile df = DockerfileParser.parse(c.text());
        List<Diagnostic> errors = df.diagnostics().stream().filter(Diagnostic::isError).toList();
        switch (c.verdict()) {
            case REFUSED -> {
                assertEquals(1, errors.size(), () -> "one error: " + df.diagnostics());
                finding(df, errors.get(0), c);
            }
            case ACCEPTED -> {
                assertEquals(List.of(), errors);
                assertTrue(df.diagnostics().stream().noneMatch(d -> d.code().equals(Problems.NEWER)), df.diagnostics()::toString);
                assertEquals(List.of(), StageGraphBuilder.build(df, GraphOptions.DEFAULT).diagnostics());
            }
            case NEWER -> {
                assertEquals(List.of(), errors);
                List<Diagnostic> newer = df.diagnostics().stream().filter(d -> d.code().equals(Problems.NEWER)).toList();
                assertEquals(1, newer.size(), df.diagnostics()::toString);
                finding(df, newer.get(0), c);
            }
        }
    }

    private static void finding(Dockerfile df, Diagnostic d, Case c) {
        assertTrue(d.message().contains(c.fragment()), () -> "message: " + d.message());
        assertEquals(c.at(), df.position(d.span().start()).toString(), () -> "position of " + d);
        assertTrue(d.span().length() > 0, () -> "empty span: " + d);
    }
}

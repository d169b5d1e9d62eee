package io.dockwright.lint;

import static io.dockwright.lint.LintTestSupport.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases a review found: what a stage inherits from the stage it builds on, options before a subcommand, hadolint's
 * limit on DL3059; and a failing rule.
 */
class StageScopedRulesTest {
    @Test
    void consecutiveRunsOfMoreThanTwoCommandsAreLeftAloneAsInHadolint() {
        assertEquals(List.of(), render("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /x\n"
                + "RUN pip install --no-cache-dir requests==2.31.0\n", "DL3059"));
        assertEquals(List.of("DL3059@3:1[RUN]"), render("FROM debian:12\nRUN a && b\nRUN c\n", "DL3059"));
    }

    @Test
    void aPipefailShellCarriesOverToAStageBuiltOnIt() {
        String text = "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "FROM base\nRUN curl x | sh\nFROM debian:12\nRUN curl y | sh\n";
        assertEquals(List.of("DL4006@6:12[|]"), render(text, "DL4006"), "only the stage that does not build on base");
    }

    @Test
    void pipNoCacheDirCountsInItsStageAndTheStagesBuiltOnIt() {
        assertEquals(List.of("DL3042@4:5[pip install]"), render(
                "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install x\n", "DL3042"),
                "an unrelated stage's ENV does not count");
        assertEquals(List.of(), render(
                "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install x\n", "DL3042"));
    }

    @Test
    void aptGetOptionsWithAValueBeforeInstallAreSkipped() {
        String text = "FROM debian:12\nRUN apt-get -o Acquire::Retries=3 install curl\n";
        assertEquals(List.of("DL3014@2:5[apt-get -o Acquire::Retries=3 install]"), render(text, "DL3014"));
        assertEquals(1, render(text, "DL3015").size());
    }

    @Test
    void aFailingRuleCostsOnlyItsOwnFindings() {
        String text = "FROM ubuntu\n";
        io.dockwright.dockerfile.Dockerfile df = io.dockwright.dockerfile.DockerfileParser.parse(text);
        Rule broken = BasicRule.of("Broken", io.dockwright.dockerfile.Severity.ERROR, "always throws",
                (ctx, out, self) -> { throw new IllegalStateException("bug"); });
        Linter linter = new Linter(List.of(broken, Linter.standard().rule("DL3006").orElseThrow()));
        List<String> codes = linter.lint(df, io.dockwright.stages.StageGraphBuilder.build(df,
                io.dockwright.stages.GraphOptions.DEFAULT)).stream().map(d -> d.code() + ": " + d.message()).toList();
        assertEquals(2, codes.size(), codes.toString());
        assertTrue(codes.get(0).startsWith("lint-failed: Rule Broken failed"), codes.toString());
        assertTrue(codes.get(1).startsWith("DL3006"), codes.toString());
    }
}

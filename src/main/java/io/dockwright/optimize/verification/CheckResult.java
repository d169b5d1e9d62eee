package io.dockwright.optimize.verification;

import java.util.List;

/**
 * What one check did and found.
 *
 * @param id        stable id: {@code config}, {@code accounts}, {@code default-command}, {@code probe-command-1},
 *                  {@code http-8080}, ...
 * @param title     a few words for a list
 * @param outcome   the check's outcome
 * @param summary   one line: what was the same, what differs, or why it was not checked
 * @param ran       what ran or was read, e.g. {@code sh -c ./run.sh in each image (network none, limit 10 s)}
 * @param compared  what was compared, e.g. {@code exit code, stdout, stderr}
 * @param millis    how long the check took
 * @param findings  differences, intended differences and notes, in order
 * @param coveredBy when not checked but another check covers it (a server's default command and its HTTP
 *                  probe): that check's id, else ""
 */
public record CheckResult(String id, String title, Outcome outcome, String summary, String ran, String compared, long millis,
                          List<Finding> findings, String coveredBy) {
    public CheckResult {
        findings = List.copyOf(findings);
        coveredBy = coveredBy == null ? "" : coveredBy;
        ran = ran == null ? "" : ran;
        compared = compared == null ? "" : compared;
    }

    /** DIFFERS when a finding is a difference, else EQUIVALENT. */
    public static CheckResult compared(String id, String title, String summary, String ran, String compared, long millis,
                                List<Finding> findings) {
        Outcome o = findings.stream().anyMatch(Finding::fails) ? Outcome.DIFFERS : Outcome.EQUIVALENT;
        return new CheckResult(id, title, o, summary, ran, compared, millis, findings, "");
    }

    public static CheckResult notChecked(String id, String title, String why, String ran, long millis) {
        return new CheckResult(id, title, Outcome.NOT_CHECKED, why, ran, "", millis, List.of(), "");
    }

    CheckResult withTime(long ms) {
        return new CheckResult(id, title, outcome, summary, ran, compared, ms, findings, coveredBy);
    }

    /** This result, marked as covered by {@code otherCheck} (its id): a NOT_CHECKED result that no longer counts. */
    public CheckResult coveredBy(String otherCheck) {
        return new CheckResult(id, title, outcome, summary, ran, compared, millis, findings, otherCheck);
    }

    public List<Finding> differences() {
        return findings.stream().filter(Finding::fails).toList();
    }
}

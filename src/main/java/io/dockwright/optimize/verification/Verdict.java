package io.dockwright.optimize.verification;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of verifying that the optimized image behaves like the original: DIFFERS when any check differs;
 * NOT_CHECKED when a check could not decide and no other check covers it (or the run stopped: cancelled, engine
 * lost); EQUIVALENT only when every check compared and found no difference. Immutable; JSON through Jackson.
 *
 * @param outcome        the overall outcome
 * @param summary        one line for a status bar or the CLI
 * @param originalImage  the original image (id or reference)
 * @param optimizedImage the optimized image
 * @param at             when it ran (ISO-8601 instant)
 * @param millis         how long it took
 * @param checks         every check, in the order they ran (also those that did not run, as NOT_CHECKED)
 */
public record Verdict(Outcome outcome, String summary, String originalImage, String optimizedImage, String at, long millis,
                      List<CheckResult> checks) {
    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The verdict of {@code checks}; {@code stopped} (cancelled, engine lost) says why the run ended early, else null. */
    static Verdict of(String original, String optimized, String at, long millis, List<CheckResult> checks, String stopped) {
        List<CheckResult> differ = checks.stream().filter(c -> c.outcome() == Outcome.DIFFERS).toList();
        List<CheckResult> open = checks.stream()
                .filter(c -> c.outcome() == Outcome.NOT_CHECKED && c.coveredBy().isEmpty()).toList();
        Outcome outcome;
        String summary;
        if (!differ.isEmpty()) {
            outcome = Outcome.DIFFERS;
            summary = "differs: " + differ.stream().map(c -> c.title() + " (" + c.summary() + ")").collect(Collectors.joining("; "));
        } else if (stopped != null) {
            outcome = Outcome.NOT_CHECKED;
            summary = "not checked: " + stopped;
        } else if (!open.isEmpty() || checks.isEmpty()) {
            outcome = Outcome.NOT_CHECKED;
            summary = checks.isEmpty() ? "not checked: no check ran"
                    : "not checked: " + open.stream().map(c -> c.title() + ": " + c.summary()).collect(Collectors.joining("; "));
        } else {
            outcome = Outcome.EQUIVALENT;
            summary = "equivalent: " + checks.size() + " checks found no difference";
        }
        return new Verdict(outcome, summary, original, optimized, at, millis, checks);
    }

    /** Every difference, with the check it came from. */
    public List<String> differences() {
        return checks.stream().flatMap(c -> c.differences().stream().map(f -> c.title() + ": " + f.subject()))
                .toList();
    }
}

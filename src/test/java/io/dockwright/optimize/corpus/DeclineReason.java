package io.dockwright.optimize.corpus;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented reasons the optimizer gives for not splitting a file or not changing it (docs/optimizer.md,
 * "Decline reasons", lists the same ids). Each is recognised by the wording of the optimizer's message; a message
 * none of them matches is an undocumented decline and fails {@code CorpusTest}.
 */
public enum DeclineReason {
    DOES_NOT_PARSE("does-not-parse", "the Dockerfile does not parse"),
    EMPTY("empty", "the Dockerfile is empty|the Dockerfile has no FROM instruction|the FROM instruction names no image"),
    NOT_IN_BASE_TABLE("not-in-base-table", "is not in the runtime base table"),
    ALREADY_RUNTIME("already-runtime", "is already a runtime image"),
    NO_BUILD_STEP("no-build-step", "no build step of a known stack"),
    UNKNOWN_ARTIFACT("unknown-artifact", "cannot tell (the name of the binary|where `go build` writes|which file the CMD runs)"
            + "|has no CMD or ENTRYPOINT, so the artifact to copy is unknown"),
    UNSUPPORTED_PACKAGE_MANAGER("unsupported-package-manager", "installed with poetry, pipenv, uv or conda"),
    NON_ROOT_BEFORE_INSTALL("non-root-before-install", "a non-root USER is set before pip runs"),
    NO_WORKDIR("no-workdir", "has no WORKDIR, so its files cannot be told apart"),
    DEV_MODE_COMMAND("dev-mode-cmd", "a development-mode command"),
    ARG_BASE_WITHOUT_VALUE("arg-base-without-value", "which has no default and no --build-arg gives one"),
    STAGE_KEPT_FOR_TARGET("stage-kept-for-target", "is kept although the final stage does not need it"),
    NOTHING_TO_IMPROVE("nothing-to-improve", "nothing to improve: no pass found anything to change");

    private final String id;
    private final Pattern pattern;

    DeclineReason(String id, String regex) {
        this.id = id;
        this.pattern = Pattern.compile(regex);
    }

    public String id() {
        return id;
    }

    /** The reason a message states, or empty when it is none of the documented ones. */
    public static Optional<DeclineReason> of(String message) {
        if (message == null) return Optional.empty();
        return Arrays.stream(values()).filter(r -> r.pattern.matcher(message).find()).findFirst();
    }
}

package io.dockwright.optimize.verification;

/**
 * A difference the rewrite makes on purpose (one of its listed changes), so verification shows it as intended
 * instead of failing: e.g. ("config", "USER", "non-root: runs as app") or ("files", "/usr/include", "headers
 * stay in the builder").
 *
 * @param check   the check id it applies to
 * @param subject the finding's subject, or a path prefix (a finding on {@code /usr/include/x.h} matches
 *                {@code /usr/include})
 * @param reason  the change that makes it, in words
 */
public record Intended(String check, String subject, String reason) {
    public boolean covers(String checkId, String findingSubject) {
        return check.equals(checkId)
                && (subject.equals(findingSubject) || subject.startsWith("/") && findingSubject.startsWith(subject + "/"));
    }
}

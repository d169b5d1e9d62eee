package io.dockwright.optimize;

/**
 * Whether a rewrite was checked against the original. The optimizer itself only reads text, so its results are
 * {@link #NOT_RUN}; a verification (building both variants and comparing them) sets one of the others.
 */
public enum VerificationStatus {
    /** Nothing was built or compared: the rewrite is unverified. */
    NOT_RUN("Unverified", "unverified: build both variants and verify before relying on it"),
    /** Both variants were built, run and compared, and behaved the same. */
    EQUIVALENT("Verified", "verified: both variants were built, run and behaved the same"),
    /** Both variants were built and compared, and differ. */
    DIFFERS("Differs", "verification found differences between the variants"),
    /** A verification ran but could not compare behaviour (a server without a probe, say). */
    NOT_CHECKED("Not checked", "verification could not compare the variants' behaviour");

    private final String label;
    private final String summary;

    VerificationStatus(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /** One word or two for a badge ("Unverified"). */
    public String label() { return label; }

    /** One sentence for a summary line. */
    public String summary() { return summary; }

    /** The id used in JSON output ({@code not-run}, {@code equivalent}...). */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}

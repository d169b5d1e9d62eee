package io.dockwright.optimize.verification;

/** What a check, or the whole verification, found. */
public enum Outcome {
    /** Compared, and the optimized image did the same. */
    EQUIVALENT,
    /** Compared, and something differs (the findings say what). */
    DIFFERS,
    /** Nothing to compare or it could not be compared (the summary says why): not a success. */
    NOT_CHECKED
}

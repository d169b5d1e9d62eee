package io.dockwright.optimize.verification;

/**
 * One thing a check found.
 *
 * @param kind      a difference (fails the check), an intended difference (declared by the rewrite, shown, does
 *                  not fail) or a note (allowed by the check's rules, shown)
 * @param subject   what it is about, e.g. {@code exit code}, {@code stdout line 3}, {@code ENV PATH}, {@code USER}
 * @param original  the original image's side ("" when it has nothing)
 * @param optimized the optimized image's side
 * @param note      why it is intended or allowed, or extra context; "" when none
 */
public record Finding(Kind kind, String subject, String original, String optimized, String note) {
    public enum Kind { DIFFERENCE, INTENDED, NOTE }

    public Finding {
        original = original == null ? "" : original;
        optimized = optimized == null ? "" : optimized;
        note = note == null ? "" : note;
    }

    public static Finding difference(String subject, String original, String optimized) {
        return new Finding(Kind.DIFFERENCE, subject, original, optimized, "");
    }

    public static Finding note(String subject, String original, String optimized, String note) {
        return new Finding(Kind.NOTE, subject, original, optimized, note);
    }

    public boolean fails() {
        return kind == Kind.DIFFERENCE;
    }
}

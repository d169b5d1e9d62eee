package io.dockwright.engine.builds;

/** Where a build is: step {@code step} of {@code total} (classic {@code Step N/M}, BuildKit {@code [stage x/y]}). */
public record BuildProgress(int step, int total, String stage, String description) {
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) step / total);
    }
}

package io.dockwright.engine.images.report;

import io.dockwright.engine.images.ByteUnits;
import io.dockwright.engine.images.ImageContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * dive's CI rules over an image's figures: {@code lowestEfficiency} fails when the efficiency is below it,
 * {@code highestWastedBytes} when the wasted bytes are above it, {@code highestUserWastedPercent} when the wasted
 * bytes over the user bytes (a ratio, 0.1 = 10 %) are above it. A rule given as null is skipped. The figures are
 * ours (wasted bytes without the kept copy, efficiency = final / all layer bytes), so the same image passes
 * dive's thresholds at least as easily as under dive.
 */
public record CiRules(Double lowestEfficiency, Long highestWastedBytes, Double highestUserWastedRatio) {
    public record Outcome(String rule, boolean passed, String message) {}

    public static CiRules parse(String lowestEfficiency, String highestWastedBytes, String highestUserWasted) {
        return new CiRules(ratio("--lowest-efficiency", lowestEfficiency), highestWastedBytes == null ? null
                : ByteUnits.parse(highestWastedBytes), ratio("--highest-user-wasted-percent", highestUserWasted));
    }

    private static Double ratio(String option, String value) {
        if (value == null || value.equalsIgnoreCase("disabled")) return null;
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a ratio such as 0.9, not '" + value + "'");
        }
    }

    public boolean any() {
        return lowestEfficiency != null || highestWastedBytes != null || highestUserWastedRatio != null;
    }

    public List<Outcome> evaluate(ImageContents c) {
        List<Outcome> out = new ArrayList<>();
        if (lowestEfficiency != null) {
            boolean ok = c.efficiency() >= lowestEfficiency;
            out.add(new Outcome("lowestEfficiency", ok, ok ? "" : String.format(Locale.ROOT,
                    "image efficiency is too low (efficiency=%.4f < threshold=%s)", c.efficiency(), lowestEfficiency)));
        }
        if (highestWastedBytes != null) {
            boolean ok = c.wastedBytes() <= highestWastedBytes;
            out.add(new Outcome("highestWastedBytes", ok, ok ? "" : "too many bytes wasted (wasted-bytes=" + c.wastedBytes()
                    + " > threshold=" + highestWastedBytes + ")"));
        }
        if (highestUserWastedRatio != null) {
            boolean ok = c.userWastedRatio() <= highestUserWastedRatio;
            out.add(new Outcome("highestUserWastedPercent", ok, ok ? "" : String.format(Locale.ROOT,
                    "too many bytes wasted, relative to the user bytes added (%%-user-wasted-bytes=%.4f > threshold=%s)",
                    c.userWastedRatio(), highestUserWastedRatio)));
        }
        return out;
    }
}

package io.dockwright.engine.images;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as people write them: decimal units as Docker shows them, and dive's threshold syntax. */
public final class ByteUnits {
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtp]?)(i?)(b?)\\s*");

    private ByteUnits() {}

    /** "142 MB", "1.2 kB", "999 B" (decimal, like {@code docker images}). */
    public static String human(long bytes) {
        if (Math.abs(bytes) < 1000) return bytes + " B";
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = -1;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    /**
     * Parses "20MB", "20 MiB", "1.5GB", "512" (bytes) as go-humanize's ParseBytes does for dive: k/M/G/T/P are
     * powers of 1000, ki/Mi/Gi... powers of 1024.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 20MB, 20MiB, 1.5GB, 512)");
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.isEmpty() && !m.group(3).isEmpty()) throw new IllegalArgumentException("not a size: '" + text + "'");
        int power = unit.isEmpty() ? 0 : "kmgtp".indexOf(unit) + 1;
        double base = m.group(3).isEmpty() ? 1000 : 1024;
        return Math.round(number * Math.pow(base, power));
    }
}

package io.dockwright.dockerfile.instructions;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration} (as in Go 1.19, which built Docker Engine 20.10.24): a signed sequence of
 * decimal numbers, each with an optional fraction and a unit ({@code ns us µs ms s m h}), with Go's messages.
 */
final class GoDuration {
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00B5s", 1_000L,
            "\u03BCs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63);

    private final String orig;
    private String s;

    private GoDuration(String text) {
        this.orig = text;
        this.s = text;
    }

    /** The duration in nanoseconds. @throws IllegalArgumentException with Go's error text */
    static long parse(String text) {
        return new GoDuration(text).run();
    }

    private long run() {
        boolean negative = !s.isEmpty() && s.charAt(0) == '-';
        if (!s.isEmpty() && (negative || s.charAt(0) == '+')) s = s.substring(1);
        if (s.equals("0")) return 0;
        if (s.isEmpty()) throw invalid();
        BigInteger total = BigInteger.ZERO;
        while (!s.isEmpty()) {
            total = total.add(term());
            if (total.compareTo(LIMIT) > 0) throw invalid();
        }
        if (negative) return total.negate().longValue();
        if (total.compareTo(LIMIT) >= 0) throw invalid();
        return total.longValue();
    }

    /** One {@code [0-9]*(\.[0-9]*)?unit} term, in nanoseconds. */
    private BigInteger term() {
        if (!(s.charAt(0) == '.' || isDigit(s.charAt(0)))) throw invalid();
        int intDigits = digits(0);
        BigInteger whole = intDigits == 0 ? BigInteger.ZERO : new BigInteger(s.substring(0, intDigits));
        if (whole.compareTo(LIMIT) > 0) throw invalid();
        s = s.substring(intDigits);
        String fraction = "";
        if (!s.isEmpty() && s.charAt(0) == '.') {
            fraction = s.substring(1, 1 + digits(1));
            s = s.substring(1 + fraction.length());
        }
        if (intDigits == 0 && fraction.isEmpty()) throw invalid();
        long unit = unit();
        BigInteger value = whole.multiply(BigInteger.valueOf(unit));
        if (whole.compareTo(LIMIT.divide(BigInteger.valueOf(unit))) > 0) throw invalid();
        value = value.add(BigInteger.valueOf(fractionNanos(fraction, unit)));
        if (value.compareTo(LIMIT) > 0) throw invalid();
        return value;
    }

    private long unit() {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) i++;
        if (i == 0) throw new IllegalArgumentException("time: missing unit in duration " + quote(orig));
        String u = s.substring(0, i);
        s = s.substring(i);
        Long unit = UNITS.get(u);
        if (unit == null) throw new IllegalArgumentException("time: unknown unit " + quote(u) + " in duration " + quote(orig));
        return unit;
    }

    /** Go keeps the fraction's digits while they fit in 63 bits and scales them in floating point. */
    private static long fractionNanos(String digits, long unit) {
        long f = 0;
        double scale = 1;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (f > (Long.MAX_VALUE - d) / 10) break;
            f = f * 10 + d;
            scale *= 10;
        }
        return f == 0 ? 0 : (long) ((double) f * ((double) unit / scale));
    }

    private int digits(int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) i++;
        return i - from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IllegalArgumentException invalid() {
        return new IllegalArgumentException("time: invalid duration " + quote(orig));
    }

    /** The time package's own quoting: printable ASCII kept, any other byte as {@code \xNN}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < ' ' || c >= 0x80) {
                out.append(String.format("\\x%02x", c));
            } else {
                if (c == '"' || c == '\\') out.append('\\');
                out.append((char) c);
            }
        }
        return out.append('"').toString();
    }
}

package io.dockwright.dockerfile.instructions;

import io.dockwright.dockerfile.GoText;
import java.math.BigInteger;
import java.util.Set;

/** Go's {@code strconv.ParseInt}, {@code ParseUint} and {@code ParseBool} for the checks, with Go's messages. */
final class GoNumbers {
    private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
    private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");
    private static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    private GoNumbers() {}

    /** {@code strconv.ParseInt(s, 10, 32)}. @throws IllegalArgumentException with Go's error text */
    static int parseInt32(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (!isDigits(digits, 10)) throw new IllegalArgumentException(error("ParseInt", s, "invalid syntax"));
        BigInteger v = new BigInteger(s.startsWith("+") ? digits : s);
        if (v.bitLength() > 31) throw new IllegalArgumentException(error("ParseInt", s, "value out of range"));
        return v.intValue();
    }

    /** True when {@code strconv.ParseUint(s, radix, 32)} accepts {@code s}. */
    static boolean isUint32(String s, int radix) {
        return isDigits(s, radix) && new BigInteger(s, radix).compareTo(UINT32_MAX) <= 0;
    }

    /** {@code strconv.ParseBool}; null when Go rejects the text. */
    static Boolean parseBool(String s) {
        if (TRUE.contains(s)) return Boolean.TRUE;
        return FALSE.contains(s) ? Boolean.FALSE : null;
    }

    private static boolean isDigits(String s, int radix) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c >= '0' + radix) return false;
        }
        return true;
    }

    private static String error(String function, String s, String what) {
        return "strconv." + function + ": parsing " + GoText.quote(s) + ": " + what;
    }
}

package org.example.isbn;

/** ISBN-10 and ISBN-13 validation and ISBN-10 to ISBN-13 conversion. */
public final class Isbn {
    private Isbn() {
    }

    public static String normalize(String raw) {
        return raw.replace("-", "").replace(" ", "").toUpperCase();
    }

    public static boolean isValid(String raw) {
        String s = normalize(raw);
        if (s.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int digit = s.charAt(i) == 'X' ? 10 : s.charAt(i) - '0';
                sum += digit * (10 - i);
            }
            return sum % 11 == 0;
        }
        if (s.matches("\\d{13}")) {
            return checkDigit13(s.substring(0, 12)) == s.charAt(12) - '0';
        }
        return false;
    }

    public static String toIsbn13(String raw) {
        String s = normalize(raw);
        if (s.length() == 13) {
            return s;
        }
        String body = "978" + s.substring(0, 9);
        return body + checkDigit13(body);
    }

    private static int checkDigit13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}

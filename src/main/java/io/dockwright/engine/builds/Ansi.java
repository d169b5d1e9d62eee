package io.dockwright.engine.builds;

import java.util.regex.Pattern;

/** Removes ANSI escape sequences (colours, cursor moves) and stray control characters from a log line. */
public final class Ansi {
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");
    private static final Pattern CONTROLS = Pattern.compile("[\u0000-\u0008\u000B-\u001F\u007F]");

    private Ansi() {}

    public static String strip(String s) {
        String noEsc = ESCAPES.matcher(s).replaceAll("");
        int cr = noEsc.lastIndexOf('\r', noEsc.length() - 2);
        if (cr >= 0) noEsc = noEsc.substring(cr + 1); // a carriage return redraws the line: keep the last version
        return CONTROLS.matcher(noEsc).replaceAll("");
    }
}

package io.dockwright.ui.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a text file is stored on disk: its charset, whether it starts with a byte order mark and its line
 * separator. The editor works on {@code \n}-only text; this is what saving restores.
 */
public record TextFormat(Charset charset, boolean bom, String lineSeparator) {
    public static final TextFormat DEFAULT = new TextFormat(StandardCharsets.UTF_8, false, "\n");

    /** For the status bar, for example {@code "UTF-8 with BOM · CRLF"}. */
    public String describe() {
        return charset.displayName() + (bom ? " with BOM" : "") + " · " + ("\r\n".equals(lineSeparator) ? "CRLF" : "\r".equals(lineSeparator) ? "CR" : "LF");
    }
}

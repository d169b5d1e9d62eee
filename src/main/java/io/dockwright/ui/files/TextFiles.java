package io.dockwright.ui.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes text files for the editor, keeping charset, BOM and line endings. Undecodable UTF-8
 * falls back to ISO-8859-1 (every byte maps to a char) so no input is refused or mangled on save.
 * Writes go to a temp file in the same folder, then an atomic move.
 */
public final class TextFiles {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextFiles() {}

    public static LoadedText read(Path file) throws IOException {
        FileStamp stamp = FileStamp.of(file);
        return decode(Files.readAllBytes(file), stamp);
    }

    static LoadedText decode(byte[] bytes, FileStamp stamp) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            skip = 3;
        } else if (startsWith(bytes, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String raw;
        try {
            raw = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            charset = StandardCharsets.ISO_8859_1;
            skip = 0;
            raw = new String(bytes, charset);
        }
        String separator = dominantSeparator(raw);
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        return new LoadedText(text, new TextFormat(charset, skip > 0, separator), stamp);
    }

    /** The line separator used most often ({@code \n} for a file without any). */
    static String dominantSeparator(String raw) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) return "\r\n";
        if (cr > lf && cr > crlf) return "\r";
        return "\n";
    }

    public static byte[] encode(String text, TextFormat format) {
        String out = "\n".equals(format.lineSeparator()) ? text : text.replace("\n", format.lineSeparator());
        byte[] body = out.getBytes(format.charset());
        if (!format.bom()) return body;
        byte[] bom = bomFor(format.charset());
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    /** Saves {@code text} atomically in {@code format}; returns the new stamp. */
    public static FileStamp write(Path file, String text, TextFormat format) throws IOException {
        writeAtomically(file, encode(text, format));
        return FileStamp.of(file);
    }

    /** Writes to a temp file beside {@code file}, then moves it over {@code file} in one step. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        io.dockwright.files.AtomicFiles.write(file, bytes);
    }

    private static byte[] bomFor(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16LE)) return UTF16LE_BOM;
        if (charset.equals(StandardCharsets.UTF_16BE)) return UTF16BE_BOM;
        return UTF8_BOM;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}

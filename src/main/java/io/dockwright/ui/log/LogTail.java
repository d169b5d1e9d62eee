package io.dockwright.ui.log;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The end of a log file: at most {@code maxBytes}, starting at a line, and the file's whole size. */
record LogTail(String text, long size, boolean cut) {
    static LogTail read(Path file, int maxBytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            long from = Math.max(0, size - maxBytes);
            byte[] bytes = new byte[(int) (size - from)];
            f.seek(from);
            f.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8); // a cut character becomes U+FFFD, never an error
            if (from > 0) {
                int line = text.indexOf('\n');
                text = line < 0 ? "" : text.substring(line + 1);
            }
            return new LogTail(text, size, from > 0);
        }
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}

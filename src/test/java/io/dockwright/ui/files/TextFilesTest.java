package io.dockwright.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir Path dir;

    @Test
    void keepsBomAndCrlfThroughEditAndSave() throws Exception {
        byte[] original = "\uFEFFFROM alpine\r\nRUN echo hi\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("Dockerfile");
        Files.write(file, original);

        LoadedText loaded = TextFiles.read(file);
        assertEquals("FROM alpine\nRUN echo hi\n", loaded.text());
        assertTrue(loaded.format().bom());
        assertEquals("\r\n", loaded.format().lineSeparator());
        assertEquals("UTF-8 with BOM · CRLF", loaded.format().describe());

        TextFiles.write(file, loaded.text(), loaded.format());
        assertArrayEquals(original, Files.readAllBytes(file));

        TextFiles.write(file, loaded.text() + "USER app\n", loaded.format());
        assertArrayEquals("\uFEFFFROM alpine\r\nRUN echo hi\r\nUSER app\r\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file));
    }

    @Test
    void invalidUtf8FallsBackToLatin1AndRoundTrips() throws Exception {
        byte[] original = {'F', 'R', 'O', 'M', ' ', (byte) 0xE9, (byte) 0xFF, '\n'};
        Path file = dir.resolve("Dockerfile");
        Files.write(file, original);

        LoadedText loaded = TextFiles.read(file);
        assertEquals(StandardCharsets.ISO_8859_1, loaded.format().charset());
        assertFalse(loaded.format().bom());
        TextFiles.write(file, loaded.text(), loaded.format());
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        Path file = dir.resolve("Dockerfile");
        byte[] body = "FROM x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(file, all);
        LoadedText loaded = TextFiles.read(file);
        assertEquals("FROM x\n", loaded.text());
        TextFiles.write(file, loaded.text(), loaded.format());
        assertArrayEquals(all, Files.readAllBytes(file));
    }

    @Test
    void dominantSeparatorWinsForMixedFiles() {
        assertEquals("\r\n", TextFiles.dominantSeparator("a\r\nb\r\nc\n"));
        assertEquals("\n", TextFiles.dominantSeparator("a\nb\nc\r\n"));
        assertEquals("\n", TextFiles.dominantSeparator("no newline"));
    }

    @Test
    void atomicWriteLeavesNoTempFilesAndReplacesContent() throws Exception {
        Path file = dir.resolve("sub/Dockerfile");
        TextFiles.writeAtomically(file, "one".getBytes(StandardCharsets.UTF_8));
        TextFiles.writeAtomically(file, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void stampChangesWhenAnotherProgramWrites() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM a\n");
        FileStamp before = FileStamp.of(file);
        Files.writeString(file, "FROM a\nRUN b\n");
        assertTrue(!before.equals(FileStamp.of(file)));
        Files.delete(file);
        assertEquals(FileStamp.MISSING, FileStamp.of(file));
    }
}

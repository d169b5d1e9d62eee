package io.dockwright.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a file looked like when we last read or wrote it: enough to notice another program's change. */
public record FileStamp(long modifiedMillis, long size) {
    /** Marks a file that does not exist (deleted by another program). */
    public static final FileStamp MISSING = new FileStamp(-1, -1);

    public static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.lastModifiedTime().toMillis(), a.size());
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }
}

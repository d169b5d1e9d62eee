package io.dockwright.engine.images;

/** What a path is in a layer or in the final filesystem. A hard link shares the content of the file it names. */
public enum FileType {
    FILE, DIRECTORY, SYMLINK, HARDLINK, DEVICE, FIFO;

    /** A regular file's content: a file or a hard link to one. */
    public boolean regular() {
        return this == FILE || this == HARDLINK;
    }
}

package io.dockwright.ui.files;

/** A file read for editing: its text with {@code \n} line ends, how to write it back, and its stamp. */
public record LoadedText(String text, TextFormat format, FileStamp stamp) {}

package io.dockwright.stages;

import io.dockwright.dockerfile.Directive;
import io.dockwright.dockerfile.Dockerfile;

/**
 * Line arithmetic for whole-stage edits. A stage's block starts at the comment lines directly above its
 * FROM (they describe it) and runs to the start of the next stage's block.
 */
final class StageBlocks {
    private final Dockerfile file;
    private final String text;
    private final String newline;

    StageBlocks(Dockerfile file) {
        this.file = file;
        this.text = file.text();
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The edit deleting {@code stage}'s block; {@code next} is the following stage or null. */
    TextEdit removal(Stage stage, Stage next) {
        int first = leadingLine(stage);
        int end = next == null ? text.length() : file.lineStart(leadingLine(next));
        if (next == null) {
            while (first > 1 && blank(first - 1)) first--;
        }
        return new TextEdit(file.lineStart(first), end, "");
    }

    /** The edit inserting {@code fromLine} as a new stage right after {@code stage}'s last instruction. */
    TextEdit insertionAfter(Stage stage, String fromLine) {
        int lastLine = file.position(stage.span().end()).line();
        int at = lineEnd(lastLine);
        StringBuilder insert = new StringBuilder();
        if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) insert.append(newline);
        insert.append(newline).append(fromLine).append(newline);
        if (lastLine < file.lineCount() && !blank(lastLine + 1)) insert.append(newline);
        return new TextEdit(at, at, insert.toString());
    }

    private int leadingLine(Stage stage) {
        int line = stage.line();
        while (line > 1 && comment(line - 1) && !directive(line - 1)) line--;
        return line;
    }

    /** Offset just past the line's newline (or the end of text). */
    private int lineEnd(int line) {
        return line < file.lineCount() ? file.lineStart(line + 1) : text.length();
    }

    private String line(int line) {
        return text.substring(file.lineStart(line), lineEnd(line));
    }

    private boolean blank(int line) {
        return line(line).isBlank();
    }

    private boolean comment(int line) {
        return line(line).stripLeading().startsWith("#");
    }

    private boolean directive(int line) {
        int start = file.lineStart(line);
        int end = lineEnd(line);
        for (Directive d : file.directives()) {
            if (d.span().start() >= start && d.span().start() < end) return true;
        }
        return false;
    }
}

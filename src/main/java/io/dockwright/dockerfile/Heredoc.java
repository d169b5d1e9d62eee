package io.dockwright.dockerfile;

/**
 * A here-document: {@code <<EOF}, {@code <<-EOF} (strips leading tabs) or a quoted delimiter
 * (no expansion). {@code content} is the raw body (as BuildKit keeps it) up to, not including, the terminator line;
 * {@code span} covers the body and the terminator line.
 */
public record Heredoc(String name, boolean stripTabs, boolean quoted, String content, Span marker, Span span) {
    /** The body as the build sees it: {@link #content()} with leading tabs removed from each line for {@code <<-}. */
    public String body() {
        if (!stripTabs) return content;
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') continue;
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }
}

package io.dockwright.engine.context;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean} for slash-separated paths: the lexical normalisation Docker applies to patterns. */
final class GoPaths {
    private GoPaths() {}

    static String clean(String path) {
        if (path.isEmpty()) return ".";
        boolean rooted = path.charAt(0) == '/';
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
                else if (!rooted) parts.addLast("..");
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }
}

package io.dockwright.engine.images.read;

import java.util.ArrayList;
import java.util.List;

/** Tar entry names as absolute, normalised paths; names that climb out of the root are refused. */
final class PathNames {
    static final int MAX_PATH_CHARS = 4096;
    static final String WHITEOUT = ".wh.";
    static final String OPAQUE = ".wh..wh..opq";

    private PathNames() {}

    /** "./usr//bin/" → "/usr/bin"; "" or "." → "/"; null when ".." leaves the root. */
    static String normalize(String raw) {
        List<String> parts = new ArrayList<>();
        for (String p : raw.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) return "/";
        StringBuilder b = new StringBuilder(raw.length() + 1);
        for (String p : parts) b.append('/').append(p);
        return b.toString();
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String child(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }
}

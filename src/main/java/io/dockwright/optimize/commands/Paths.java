package io.dockwright.optimize.commands;

import java.util.ArrayList;
import java.util.List;

/** Absolute container paths, resolved the way the engine resolves WORKDIR, COPY destinations and {@code cd}. */
public final class Paths {
    /** A directory the optimizer cannot tell ({@code cd $DIR}): paths relative to it are not followed. */
    public static final String UNKNOWN = "?";

    private Paths() {}

    /** {@code path} made absolute against {@code dir} and normalised ({@code .} and {@code ..} removed). */
    public static String resolve(String dir, String path) {
        String p = path.startsWith("/") ? path : (dir.endsWith("/") ? dir : dir + "/") + path;
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** True when {@code path} is {@code dir} or inside it. */
    public static boolean within(String path, String dir) {
        return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
    }

    /** The last element of a path ({@code app} for {@code /usr/local/bin/app/}). */
    public static String name(String path) {
        String p = path.replaceAll("/+$", "");
        return p.substring(p.lastIndexOf('/') + 1);
    }
}

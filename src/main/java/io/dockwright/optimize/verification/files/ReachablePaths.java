package io.dockwright.optimize.verification.files;

import io.dockwright.engine.result.ImageConfig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The paths a container of an image can reach at run time, as roots (a file under one is reachable): the WORKDIR,
 * the ENTRYPOINT/CMD program and the file arguments it names (relative ones against the WORKDIR, a shell form's
 * words too), the PATH directories, the absolute paths ENV values point to, {@code /etc}, the VOLUMEs and the
 * user's home. The file check restricts the image diff to these. {@code /} itself is never a root.
 */
public final class ReachablePaths {
    private ReachablePaths() {}

    /** The roots for {@code config}; {@code home} is the home of the account it runs as, or null. */
    public static List<String> of(ImageConfig config, String home) {
        String workdir = config.workingDir().isEmpty() ? "/" : config.workingDir();
        TreeSet<String> roots = new TreeSet<>();
        add(roots, workdir, "/");
        add(roots, "/etc", "/");
        if (home != null) add(roots, home, "/");
        config.volumes().forEach(v -> add(roots, v, "/"));
        String path = config.path();
        for (String d : path.split(":")) add(roots, d, "/");
        config.env().forEach((name, value) -> {
            for (String part : value.split(":")) {
                if (part.startsWith("/")) add(roots, part, "/");
            }
        });
        for (String word : commandWords(config.command())) {
            if (word.startsWith("/") || !word.startsWith("-") && (word.contains("/") || word.matches(".*\\.[A-Za-z0-9]+"))) {
                add(roots, word, workdir);
            }
        }
        return List.copyOf(roots);
    }

    /** The command's words; a {@code sh -c TEXT} form contributes TEXT's words. */
    static List<String> commandWords(List<String> command) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String w = command.get(i);
            boolean shellText = i > 0 && command.get(i - 1).equals("-c") && i >= 2 && command.get(i - 2).matches("(/bin/|/usr/bin/)?(ba)?sh");
            if (shellText) {
                for (String part : w.split("[\\s;&|<>()]+")) {
                    if (!part.isEmpty()) out.add(part.replaceAll("^[\"']|[\"']$", ""));
                }
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static void add(TreeSet<String> roots, String path, String against) {
        if (path.isBlank() || path.contains("$")) return;
        String normal = normalize(path.startsWith("/") ? path : against + "/" + path);
        if (!normal.equals("/")) roots.add(normal);
    }

    static String normalize(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) parts.pollLast();
            else parts.addLast(s);
        }
        return "/" + String.join("/", parts);
    }

    /**
     * {@code roots} with what the symlinks among them lead to: a link at or under a root makes its target a root, and
     * a root under a link is a root under the link's target too ({@code /bin} to {@code /usr/bin} on merged-/usr
     * systems), repeated until nothing is added (at most 40 rounds, as the kernel follows links). Links reached only
     * through {@code /etc} are not followed (a program there is run through a link in a PATH directory, e.g.
     * {@code /usr/bin/java} to {@code /etc/alternatives/java}, which is followed then; the rest of
     * {@code /etc/alternatives} names man pages).
     *
     * @param links path to target (absolute, or relative to the link's folder), of the image the roots are for
     */
    public static List<String> withLinks(List<String> roots, Map<String, String> links) {
        TreeSet<String> out = new TreeSet<>(roots);
        for (int round = 0; round < 40; round++) {
            List<String> now = List.copyOf(out);
            List<String> followed = now.stream().filter(r -> !r.equals("/etc")).toList();
            for (Map.Entry<String, String> link : links.entrySet()) {
                String from = normalize(link.getKey());
                String folder = from.substring(0, from.lastIndexOf('/') + 1); // a relative target is against the link's folder
                if (reachable(from, followed)) add(out, link.getValue(), folder);
                for (String r : now) {
                    if (r.startsWith(from + "/")) add(out, link.getValue() + r.substring(from.length()), folder);
                }
            }
            if (out.size() == now.size()) break;
        }
        return List.copyOf(out);
    }

    /**
     * The root through which {@code path} is reached: the deepest root it is at or under; for a directory also a
     * root under it (the directory holds what the runtime reaches). Null when the runtime does not reach it.
     */
    public static String through(String path, boolean directory, List<String> roots) {
        String p = normalize(path);
        String best = null;
        for (String r : roots) {
            if ((p.equals(r) || p.startsWith(r + "/")) && (best == null || r.length() > best.length())) best = r;
        }
        if (best != null || !directory) return best;
        return roots.stream().filter(r -> p.equals("/") || r.startsWith(p + "/")).findFirst().orElse(null);
    }

    /** True when {@code path} is one of {@code roots} or under one. */
    public static boolean reachable(String path, List<String> roots) {
        String p = normalize(path);
        return roots.stream().anyMatch(r -> p.equals(r) || p.startsWith(r + "/"));
    }
}

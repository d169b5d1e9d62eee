package io.dockwright.optimize.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The paths a command writes, for the commands whose effect on the file system can be read from their words:
 * {@code mkdir}, {@code ln}, {@code touch}, {@code chown}/{@code chmod} (cheap: repeatable), {@code cp},
 * {@code install}, {@code mv}, {@code tee}, {@code sed -i}, {@code curl -o}, {@code wget -O} and output redirections
 * (their result is copied). Paths with variables, and the commands' scratch places (/tmp, caches, /dev), are left out.
 */
public final class FileWrites {
    private static final Set<String> SCRATCH = Set.of("/tmp", "/var/tmp", "/dev", "/proc", "/sys", "/run", "/var/cache",
            "/root/.cache", "/var/lib/apt/lists", "/var/log", "/usr/share/doc", "/usr/share/man");
    /** Directories that exist in every base: {@code cp x /usr/local/bin} puts x inside. */
    private static final Set<String> KNOWN_DIRS = Set.of("/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/usr/sbin", "/bin",
            "/sbin", "/usr/local/lib", "/usr/lib", "/usr/local/share", "/etc", "/opt", "/srv", "/var/lib", "/usr/local/etc",
            "/etc/ssl/certs", "/usr/local/share/ca-certificates", "/etc/profile.d", "/etc/default", "/etc/cron.d",
            "/docker-entrypoint.d", "/docker-entrypoint-initdb.d");
    private static final Set<String> CP_VALUES = Set.of("-t", "--target-directory", "-S", "--suffix");
    private static final Set<String> INSTALL_VALUES = Set.of("-m", "--mode", "-o", "--owner", "-g", "--group", "-t",
            "--target-directory", "-S", "--suffix");
    private static final Set<String> MKDIR_VALUES = Set.of("-m", "--mode");
    private static final Set<String> CHOWN_VALUES = Set.of("--reference");

    private FileWrites() {}

    /** The paths {@code c} writes (absolute, normalised). */
    public static List<FileWrite> of(ShellCommand c) {
        List<FileWrite> out = new ArrayList<>();
        for (String target : c.redirectTargets()) add(out, c, target, "a shell redirection", false);
        switch (c.tool()) {
            case "mkdir" -> c.positional(MKDIR_VALUES).forEach(p -> add(out, c, p, "mkdir", true));
            case "touch" -> c.positional(Set.of("-d", "-r", "-t")).forEach(p -> add(out, c, p, "touch", true));
            case "chown", "chgrp", "chmod" -> {
                List<String> p = c.positional(CHOWN_VALUES);
                p.subList(Math.min(1, p.size()), p.size()).forEach(x -> add(out, c, x, c.tool(), true));
            }
            case "ln" -> link(out, c);
            case "cp", "mv" -> copy(out, c, CP_VALUES);
            case "install" -> install(out, c);
            case "tee" -> c.positional(Set.of()).forEach(p -> add(out, c, p, "tee", false));
            case "sed" -> {
                if (c.args().stream().anyMatch(a -> a.equals("-i") || a.startsWith("-i") && !a.startsWith("--") || a.startsWith("--in-place"))) {
                    List<String> p = c.positional(Set.of("-e", "-f", "--expression", "--file"));
                    boolean script = c.args().stream().noneMatch(a -> a.equals("-e") || a.equals("-f"));
                    p.subList(Math.min(script ? 1 : 0, p.size()), p.size()).forEach(x -> add(out, c, x, "sed -i", false));
                }
            }
            case "curl" -> c.flagValue("-o", "--output").ifPresent(p -> add(out, c, p, "curl -o", false));
            case "wget" -> c.flagValue("-O", "--output-document").ifPresent(p -> add(out, c, p, "wget -O", false));
            default -> { }
        }
        return out;
    }

    private static void link(List<FileWrite> out, ShellCommand c) {
        List<String> p = c.positional(Set.of("-t", "--target-directory", "-S", "--suffix"));
        if (p.size() < 2) return; // `ln -s target` links into the cwd: rare, not followed
        String link = p.get(p.size() - 1);
        if (p.size() == 2 && (link.endsWith("/") || KNOWN_DIRS.contains(link.replaceAll("/+$", "")))) {
            link = link.replaceAll("/+$", "") + "/" + Paths.name(p.get(0));
        }
        add(out, c, link, "ln", true);
    }

    private static void copy(List<FileWrite> out, ShellCommand c, Set<String> valueFlags) {
        List<String> p = c.positional(valueFlags);
        if (p.size() < 2) return;
        String dest = p.get(p.size() - 1);
        List<String> sources = p.subList(0, p.size() - 1);
        String bare = dest.equals("/") ? "" : dest.replaceAll("/+$", "");
        boolean intoDir = dest.endsWith("/") || dest.equals(".") || dest.equals("..") || sources.size() > 1 || KNOWN_DIRS.contains(bare);
        if (!intoDir) {
            add(out, c, dest, c.tool(), false);
            return;
        }
        for (String s : sources) {
            if (s.contains("*") || s.contains("?")) {
                add(out, c, bare, c.tool(), false);
                return;
            }
            add(out, c, bare + "/" + Paths.name(s), c.tool(), false);
        }
    }

    private static void install(List<FileWrite> out, ShellCommand c) {
        if (c.hasFlag("-d", "--directory")) {
            c.positional(INSTALL_VALUES).forEach(p -> add(out, c, p, "install -d", true));
            return;
        }
        copy(out, c, INSTALL_VALUES);
    }

    private static void add(List<FileWrite> out, ShellCommand c, String raw, String how, boolean repeatable) {
        if (raw.isEmpty() || raw.contains("$") || raw.contains("`") || raw.startsWith("~") || raw.equals("-")) return;
        if (!raw.startsWith("/") && c.cwd().equals(Paths.UNKNOWN)) return;
        String path = Paths.resolve(c.cwd(), raw);
        if (path.equals("/") || SCRATCH.stream().anyMatch(s -> Paths.within(path, s))) return;
        out.add(new FileWrite(path, how, c, repeatable));
    }
}

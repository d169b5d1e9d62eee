package io.dockwright.optimize.commands;

import java.util.Optional;
import java.util.Set;

/**
 * A user or group a command creates ({@code useradd}, {@code adduser} in Debian's or BusyBox's syntax,
 * {@code groupadd}, {@code addgroup}).
 *
 * @param name        the account name
 * @param group       true for a group only
 * @param home        the home directory, or null when it has none the command sets
 * @param createsHome true when the command creates the home directory
 */
public record UserAccount(String name, boolean group, String home, boolean createsHome) {
    /** The commands that create or change users and groups. */
    public static final Set<String> TOOLS = Set.of("useradd", "adduser", "groupadd", "addgroup", "usermod", "groupmod");

    private static final Set<String> USERADD_VALUES = Set.of("-d", "--home-dir", "-u", "--uid", "-g", "--gid", "-G",
            "--groups", "-s", "--shell", "-c", "--comment", "-e", "--expiredate", "-f", "--inactive", "-k", "--skel",
            "-K", "--key", "-p", "--password", "-b", "--base-dir", "-Z", "--selinux-user", "-R", "--root");
    private static final Set<String> DEBIAN_ADDUSER_VALUES = Set.of("--home", "--shell", "--uid", "--gid", "--ingroup",
            "--gecos", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "--conf", "--comment");
    private static final Set<String> BUSYBOX_ADDUSER_VALUES = Set.of("-h", "-g", "-s", "-G", "-u", "-k");

    /** The account {@code c} creates, if it is such a command. */
    public static Optional<UserAccount> of(ShellCommand c) {
        return switch (c.tool()) {
            case "useradd" -> last(c.positional(USERADD_VALUES)).map(n -> new UserAccount(n, false,
                    c.flagValue("-d", "--home-dir").orElse("/home/" + n), c.hasFlag("-m", "--create-home")));
            case "adduser" -> adduser(c);
            case "groupadd", "addgroup" -> last(c.positional(Set.of("-g", "--gid", "-K", "--key", "-p", "--password")))
                    .map(n -> new UserAccount(n, true, null, false));
            default -> Optional.empty();
        };
    }

    private static Optional<UserAccount> adduser(ShellCommand c) {
        boolean busybox = c.args().stream().anyMatch(a -> a.matches("-[DSHhGgsuk]+"));
        if (busybox) {
            return first(c.positional(BUSYBOX_ADDUSER_VALUES)).map(n -> new UserAccount(n, false,
                    c.flagValue("-h").orElse("/home/" + n), !c.args().stream().anyMatch(a -> a.matches("-[DSGgsuk]*H[DSGgsuk]*"))));
        }
        if (c.hasFlag("--group") && !c.hasFlag("--system")) {
            return first(c.positional(DEBIAN_ADDUSER_VALUES)).map(n -> new UserAccount(n, true, null, false));
        }
        boolean system = c.hasFlag("--system");
        return first(c.positional(DEBIAN_ADDUSER_VALUES)).map(n -> {
            Optional<String> home = c.flagValue("--home");
            boolean creates = !c.hasFlag("--no-create-home") && (home.isPresent() || !system);
            return new UserAccount(n, false, home.orElse(system ? null : "/home/" + n), creates);
        });
    }

    private static Optional<String> last(java.util.List<String> words) {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }

    private static Optional<String> first(java.util.List<String> words) {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }
}

package io.dockwright.ui.welcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How to get a Docker-compatible engine, per system: the user's own system first, then the others. */
public final class EngineHelp {
    /** One step: what to do, and the command to run (null when there is none). */
    public record Step(String text, String command) {}

    /** One way to get an engine on one system; {@code mine} when it is for the system Dockwright runs on. */
    public record Option(String system, String title, List<Step> steps, boolean mine) {}

    private EngineHelp() {}

    /** The options for every system, those for {@code osName} (as in {@code os.name}) first and marked. */
    public static List<Option> forSystem(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        String mine = os.contains("mac") || os.contains("darwin") ? "macOS" : os.contains("win") ? "Windows" : "Linux";
        List<Option> all = List.of(
                option("Linux", "Docker Engine (Debian and Ubuntu: docker.io)",
                        step("Install it (Fedora: sudo dnf install moby-engine)", "sudo apt-get install docker.io"),
                        step("Start the daemon now and at every boot", "sudo systemctl enable --now docker"),
                        step("Without systemd (a container, WSL): start dockerd by hand", "sudo dockerd > /tmp/dockerd.log 2>&1 &"),
                        step("Let your user talk to it without sudo, then log out and in again", "sudo usermod -aG docker $USER")),
                option("Linux", "Rootless Docker",
                        step("Set it up for your user (needs uidmap)", "dockerd-rootless-setuptool.sh install"),
                        step("Start it; Dockwright looks in $XDG_RUNTIME_DIR/docker.sock", "systemctl --user enable --now docker")),
                option("Linux", "Podman (Docker-compatible socket)",
                        step("Install it", "sudo apt-get install podman"),
                        step("Start its socket; Dockwright finds $XDG_RUNTIME_DIR/podman/podman.sock", "systemctl --user enable --now podman.socket")),
                option("macOS", "Docker Desktop",
                        step("Download it from https://www.docker.com/products/docker-desktop/, open it and wait until it says it is running", null)),
                option("macOS", "Colima",
                        step("Install Colima and the docker command", "brew install colima docker"),
                        step("Start it; it becomes the current docker context, which Dockwright reads", "colima start"),
                        step("Or set this endpoint in Preferences", "unix://" + "$HOME/.colima/default/docker.sock")),
                option("macOS", "Podman",
                        step("Install it", "brew install podman"),
                        step("Create and start its virtual machine", "podman machine init && podman machine start")),
                option("Windows", "Docker Desktop",
                        step("Download it from https://www.docker.com/products/docker-desktop/ (WSL 2 backend), start it and wait until it is running", null),
                        step("If Dockwright does not find it, set this endpoint in Preferences", "npipe:////./pipe/docker_engine")),
                option("Windows", "Podman Desktop",
                        step("Install Podman Desktop from https://podman-desktop.io and start its machine", null)));
        List<Option> out = new ArrayList<>();
        for (Option o : all) if (o.system().equals(mine)) out.add(new Option(o.system(), o.title(), o.steps(), true));
        for (Option o : all) if (!o.system().equals(mine)) out.add(o);
        return out;
    }

    private static Option option(String system, String title, Step... steps) {
        return new Option(system, title, List.of(steps), false);
    }

    private static Step step(String text, String command) {
        return new Step(text, command);
    }
}

package io.dockwright.engine;

import io.dockwright.Requirements;

import com.github.dockerjava.api.DockerClient;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.EngineEndpoint;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.discovery.OverrideLocator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second, private Docker daemon for tests that stop the engine for real (the shared one keeps running):
 * its own socket, data root, exec root and pid file under a fresh /tmp folder; it starts its own containerd
 * (under its exec root) because none is given. Started as an argument list, never through a shell.
 * {@link #assumeAvailable()} skips the test, saying why, when not root or dockerd is absent.
 */
public final class PrivateDockerd implements AutoCloseable {
    private final Path dir;
    private final Path dockerd;
    private Process process;

    private PrivateDockerd(Path dir, Path dockerd) {
        this.dir = dir;
        this.dockerd = dockerd;
    }

    /** A daemon ready to start, or the test is skipped (not root, or no dockerd on PATH). */
    public static PrivateDockerd assumeAvailable() throws IOException {
        Requirements.require("root".equals(System.getProperty("user.name")),
                "Skipped: a private dockerd needs root (running as " + System.getProperty("user.name") + ")");
        Path exe = onPath("dockerd");
        Requirements.require(exe != null, "Skipped: dockerd is not installed (apt-get install docker.io)");
        return new PrivateDockerd(Files.createTempDirectory(Path.of("/tmp"), "dw-dockerd-"), exe);
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        for (String d : (path == null ? "/usr/sbin:/usr/bin" : path + ":/usr/sbin").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    public Path socket() { return dir.resolve("docker.sock"); }

    public String uri() { return "unix://" + socket(); }

    /** A session that only ever talks to this daemon. */
    public EngineSession session() {
        return new EngineSession(new EngineDiscovery(List.of(new OverrideLocator(uri())), new EngineConnector()),
                HostEnvironment.current());
    }

    /** Starts the daemon (again, on the same socket and data) and waits until it answers. */
    public void start() throws Exception {
        awaitOldContainerdGone();
        List<String> cmd = List.of(dockerd.toString(), "--iptables=false", "--bridge=none",
                "-H", uri(), "--data-root", dir.resolve("root").toString(), "--exec-root", dir.resolve("exec").toString(),
                "--pidfile", dir.resolve("pid").toString());
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("dockerd.log").toFile())).start();
        process.getOutputStream().close();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        EngineConnector connector = new EngineConnector(Duration.ofSeconds(2));
        while (true) {
            try (EngineConnection c = connector.open(EngineEndpoint.plain(uri(), "test"))) {
                return;
            } catch (EngineUnavailableException notYet) {
                if (!process.isAlive()) throw new IllegalStateException("dockerd exited " + process.exitValue() + ":\n" + log());
                if (System.nanoTime() > deadline) throw new IllegalStateException("dockerd did not answer in 60 s:\n" + log());
                Thread.sleep(250);
            }
        }
    }

    /**
     * The containerd a killed daemon started may still be shutting down, or be dead but not yet reaped (a
     * zombie: {@code kill -0} still succeeds), and a new daemon then waits for it to answer until it gives up.
     * Waits until it is gone or a zombie, up to 30 s, and drops its stale pid file, as an init system would.
     */
    private void awaitOldContainerdGone() throws Exception {
        Path pidFile = dir.resolve("exec/containerd/containerd.pid");
        if (!Files.exists(pidFile)) return;
        String pid = Files.readString(pidFile).strip();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (alive(pid) && System.nanoTime() < deadline) Thread.sleep(200);
        if (!alive(pid)) Files.deleteIfExists(pidFile);
    }

    /** The process exists and is not a zombie. */
    private static boolean alive(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** Copies an image from another engine into this one (docker save | docker load, through the API). */
    public void loadFrom(DockerClient source, String image) throws Exception {
        try (EngineSession mine = session(); InputStream tar = source.saveImageCmd(image).exec()) {
            mine.connection().client().loadImageCmd(tar).exec();
        }
    }

    /**
     * The engine crashes: SIGKILL, then waits up to {@code grace} plus 30 s for it to be gone. Not SIGTERM: a
     * daemon shutting down fails the running build with its own error (e.g. libnetwork's "failed to update the
     * store state of sandbox") while it still answers pings, which is a graceful stop, not the loss tested here.
     */
    public void kill(Duration grace) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(grace.toMillis() + 30_000, TimeUnit.MILLISECONDS);
    }

    public boolean isRunning() { return process != null && process.isAlive(); }

    public String log() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("dockerd.log")).stream()
                    .filter(l -> !l.contains("[core]")).toList(); // gRPC connection chatter
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the daemon for good and cleans up: a graceful stop (up to 30 s), then the containerd it started and
     * that containerd's shims (found by their command lines naming this daemon's folder, stopped by pid),
     * leftover mounts under the folder, and the folder.
     */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) kill(Duration.ofSeconds(30));
        List<ProcessHandle> left = processesUsing(dir).stream().flatMap(pid -> ProcessHandle.of(pid).stream()).toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : left) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillThere) {
                p.destroyForcibly();
            }
        }
        List<String> mounts = mountsUnder(dir);
        for (String m : mounts) new ProcessBuilder("umount", "-l", m).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        if (!mountsUnder(dir).isEmpty()) return; // never delete through a live mount
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<Long> processesUsing(Path dir) {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            if (cmdline(p.pid()).contains(dir.toString() + "/")) pids.add(p.pid());
        });
        return pids;
    }

    private static String cmdline(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException gone) {
            return ""; // exited meanwhile
        }
    }

    private static List<String> mountsUnder(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = line.split(" ");
            if (f.length > 1 && f[1].startsWith(dir.toString() + "/")) out.add(f[1]);
        }
        out.sort(Comparator.reverseOrder()); // deepest first
        return out;
    }
}

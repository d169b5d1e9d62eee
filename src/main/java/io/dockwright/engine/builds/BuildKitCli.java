package io.dockwright.engine.builds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a docker CLI that builds with BuildKit: a client before 23.0 has BuildKit built in
 * ({@code DOCKER_BUILDKIT=1}); a newer one needs the buildx plugin. Says what it tried when none fits.
 */
public final class BuildKitCli {
    private static final Logger LOG = LoggerFactory.getLogger(BuildKitCli.class);
    private static final Pattern VERSION = Pattern.compile("version (\\d+)\\.(\\d+)");
    private final List<Path> candidates;
    private final List<String> tried = new ArrayList<>();

    public BuildKitCli(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The user's choice (if any), then /usr/bin/docker, then every docker on PATH. */
    public static BuildKitCli standard(String override) {
        List<Path> paths = new ArrayList<>();
        if (override != null && !override.isBlank()) paths.add(Path.of(override));
        paths.add(Path.of("/usr/bin/docker"));
        String path = System.getenv("PATH");
        if (path != null) for (String dir : path.split(java.io.File.pathSeparator)) paths.add(Path.of(dir, "docker"));
        return new BuildKitCli(paths.stream().distinct().toList());
    }

    public synchronized Optional<Path> find() {
        tried.clear();
        for (Path p : candidates) {
            if (!Files.isExecutable(p)) continue;
            String version = run(p, "--version");
            Matcher m = version == null ? null : VERSION.matcher(version);
            if (m == null || !m.find()) {
                tried.add(p + ": no version");
                continue;
            }
            int major = Integer.parseInt(m.group(1));
            if (major < 23) return Optional.of(p);
            if (run(p, "buildx", "version") != null) return Optional.of(p);
            tried.add(p + ": client " + m.group(1) + "." + m.group(2) + " without the buildx plugin");
        }
        if (tried.isEmpty()) tried.add("no docker executable found (looked at " + candidates.size() + " places)");
        return Optional.empty();
    }

    public synchronized String whyNone() {
        return "No BuildKit-capable docker CLI: " + String.join("; ", tried)
                + ". Install Docker's CLI with the buildx plugin (or Debian's docker.io), or choose the Engine API backend.";
    }

    private static String run(Path exe, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug("Cannot run {}", cmd, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("Interrupted while running {}", cmd);
            return null;
        }
    }
}

package io.dockwright.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The host's processes as {@code /proc} shows them (a build step's process is one of them: the engine runs its
 * containers on this kernel), for tests that must wait until a step really runs instead of sleeping.
 */
final class HostProcesses {
    private HostProcesses() {}

    /** Waits until a process runs with exactly this command line (use an unusual one, e.g. {@code sleep 121}). */
    static void awaitRunning(int seconds, String... argv) throws Exception {
        List<String> wanted = List.of(argv);
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> running(wanted));
        } catch (TimeoutException e) {
            throw new AssertionError("no process '" + String.join(" ", argv) + "' within " + seconds + " s", e);
        }
    }

    static boolean running(List<String> argv) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(p -> argv.equals(commandLine(p)));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> commandLine(Path proc) {
        try {
            String raw = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }
}

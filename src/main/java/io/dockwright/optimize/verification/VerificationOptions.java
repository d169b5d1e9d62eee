package io.dockwright.optimize.verification;

import java.time.Duration;
import java.util.Objects;

/**
 * How verification runs containers.
 *
 * @param commandTimeout how long a default or probe command may run before it counts as "kept running"
 * @param portTimeout    how long an HTTP probe waits for the port to answer
 * @param outputCap      bytes of each of stdout, stderr and an HTTP body kept for comparison
 * @param runNetwork     network of the command runs: {@code none} (the default), {@code host}, a network name, or
 *                       null for the engine's default
 * @param httpNetwork    network of the HTTP probe's containers: null for the engine's default (the port is
 *                       published on 127.0.0.1 at a free host port), {@code host} (the container's port is the
 *                       host's), or a network name (published as with the default)
 */
public record VerificationOptions(Duration commandTimeout, Duration portTimeout, long outputCap, String runNetwork,
                                  String httpNetwork) {
    public static final VerificationOptions DEFAULTS =
            new VerificationOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 1L << 20, "none", null);

    public VerificationOptions {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(portTimeout, "portTimeout");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) throw new IllegalArgumentException("the command time limit must be positive");
        if (portTimeout.isNegative() || portTimeout.isZero()) throw new IllegalArgumentException("the port time limit must be positive");
        if (outputCap < 1) throw new IllegalArgumentException("the output cap must be at least 1 byte");
        runNetwork = blankToNull(runNetwork);
        httpNetwork = blankToNull(httpNetwork);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("default") ? null : s;
    }

    public VerificationOptions withCommandTimeout(Duration d) {
        return new VerificationOptions(d, portTimeout, outputCap, runNetwork, httpNetwork);
    }

    public VerificationOptions withPortTimeout(Duration d) {
        return new VerificationOptions(commandTimeout, d, outputCap, runNetwork, httpNetwork);
    }

    public VerificationOptions withOutputCap(long bytes) {
        return new VerificationOptions(commandTimeout, portTimeout, bytes, runNetwork, httpNetwork);
    }

    public VerificationOptions withRunNetwork(String mode) {
        return new VerificationOptions(commandTimeout, portTimeout, outputCap, mode, httpNetwork);
    }

    public VerificationOptions withHttpNetwork(String mode) {
        return new VerificationOptions(commandTimeout, portTimeout, outputCap, runNetwork, mode);
    }
}

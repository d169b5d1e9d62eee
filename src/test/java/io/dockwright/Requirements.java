package io.dockwright;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (../shared, an engine, a base image, root, the docker CLI). Missing, it skips
 * the test with the reason, as a user's plain {@code mvn -B verify} should; in strict mode (CI: {@code
 * -Ddockwright.strict=true} or {@code DOCKWRIGHT_STRICT=true}, set by {@code .ci/run}) it fails the test instead,
 * naming what is missing, so a setup that silently failed cannot leave CI green.
 */
public final class Requirements {
    private Requirements() {}

    public static boolean strict() {
        String value = System.getProperty("dockwright.strict");
        if (value == null) value = System.getenv("DOCKWRIGHT_STRICT");
        return Boolean.parseBoolean(value);
    }

    /** Goes on when {@code present}; otherwise skips, or fails in strict mode, with {@code missing} as the reason. */
    public static void require(boolean present, String missing) {
        if (present) return;
        if (strict()) fail("Required for this test but missing (strict mode, dockwright.strict=true): " + missing);
        Assumptions.abort(missing);
    }
}
